// In an embed page, run in its head: applies the colours the embed code asks for (?theme=dark or
// auto; light otherwise), tells the host page this embed's height (the host's embed.js listens),
// and shows the "changed since embedded" notice when the version in the address is not the current one.
(function () {
	var q = new URLSearchParams(location.search);
	var theme = q.get('theme');
	if (theme === 'dark' || theme === 'auto') document.documentElement.setAttribute('data-theme', theme);
	var last = 0;
	function send() {
		var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (h !== last) {
			last = h;
			parent.postMessage({ type: 'reform-tracker:resize', height: h }, '*');
		}
	}
	addEventListener('load', send);
	if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
	addEventListener('DOMContentLoaded', function () {
		var v = q.get('v');
		var notice = document.querySelector('[data-version]');
		if (v && notice && notice.getAttribute('data-version') !== v) notice.hidden = false;
	});
})();
