/**
 * The one embargo rule: a record with `publish_at` is published from that day (in London), never
 * before. The validator, the model and every writer ask this function and nothing else.
 */
export const isPublished = (publishAt: string | undefined, buildDate: string): boolean => publishAt === undefined || publishAt <= buildDate;
