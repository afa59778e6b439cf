/** The message an embed sends its host page (static/embed.js listens for it and for nothing else). */
export const RESIZE_MESSAGE = 'reform-tracker:resize';
