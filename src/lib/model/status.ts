import type { Status } from '../content/schema';

/** How lists and the dashboard group statuses. */
export type Group = 'delivered' | 'in_progress' | 'ongoing' | 'delayed' | 'cannot_yet_assess';

export interface StatusInfo {
	label: string;
	/** the one-line public definition, shown beside every status and on the methodology page */
	definition: string;
	group: Group;
	/** a final status stays true however old its evidence (delivered, not delivered); any other can go out of date */
	final: boolean;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
	planned: { label: 'Planned', definition: 'Promised, but work has not started yet.', group: 'in_progress', final: false },
	in_progress: { label: 'In progress', definition: 'Work has started and the commitment is not yet met.', group: 'in_progress', final: false },
	delivered: { label: 'Delivered', definition: 'Done, as the source describes it.', group: 'delivered', final: true },
	ongoing: { label: 'Ongoing', definition: 'A standing commitment that is being kept up, with no end date.', group: 'ongoing', final: false },
	delayed: { label: 'Delayed', definition: 'Not met by the date promised, or the date has moved.', group: 'delayed', final: false },
	not_delivered: { label: 'Not delivered', definition: 'Dropped, or not met and no longer being pursued.', group: 'delayed', final: true },
	cannot_yet_assess: {
		label: 'Cannot yet assess',
		definition: 'No published source says enough to judge progress.',
		group: 'cannot_yet_assess',
		final: false
	}
};
