// Development only (the layout includes it when live reload is on): reloads the page after each rebuild.
(function () {
  'use strict';
  if (!('EventSource' in window)) return;
  var events = new EventSource('/_dev/events');
  events.addEventListener('reload', function () { window.location.reload(); });
})();
