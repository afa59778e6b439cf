// On an old address (after a rename): go on to the new one, keeping the query (an embed's ?v=) and the fragment.
(function (s) {
	if (s && s.dataset.to) location.replace(s.dataset.to + location.search + location.hash);
})(document.currentScript);
