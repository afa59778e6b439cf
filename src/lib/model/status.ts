import type { Status } from '../content/schema';

export interface StatusInfo {
	label: string;
	/** the one-line public definition, shown beside every status and on the methodology page */
	definition: string;
	/** how the dashboard groups statuses */
	group: 'delivered' | 'in_progress' | 'delayed' | 'cannot_yet_assess';
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
	planned: { label: 'Planned', definition: 'Promised, but work has not started yet.', group: 'in_progress' },
	in_progress: { label: 'In progress', definition: 'Work has started and the commitment is not yet met.', group: 'in_progress' },
	delivered: { label: 'Delivered', definition: 'Done, as the source describes it.', group: 'delivered' },
	ongoing: { label: 'Ongoing', definition: 'A standing commitment that is being kept up, with no end date.', group: 'in_progress' },
	delayed: { label: 'Delayed', definition: 'Not met by the date promised, or the date has moved.', group: 'delayed' },
	not_delivered: { label: 'Not delivered', definition: 'Dropped, or not met and no longer being pursued.', group: 'delayed' },
	cannot_yet_assess: {
		label: 'Cannot yet assess',
		definition: 'No published source says enough to judge progress.',
		group: 'cannot_yet_assess'
	}
};
