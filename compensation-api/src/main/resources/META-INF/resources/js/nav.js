// Marks the navigation link of the current page (the longest matching path) with aria-current.
(function () {
  'use strict';
  var path = window.location.pathname;
  var best = null;
  var bestLength = -1;
  document.querySelectorAll('.site-nav a').forEach(function (a) {
    var href = a.getAttribute('href');
    var matches = href === '/' ? path === '/' : (path === href || path.indexOf(href + '/') === 0);
    if (matches && href.length > bestLength) {
      best = a;
      bestLength = href.length;
    }
  });
  if (best) {
    best.setAttribute('aria-current', 'page');
  }
})();
