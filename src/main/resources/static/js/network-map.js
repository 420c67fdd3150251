// The map of organisations (network module): Leaflet with the configured tiles, markers from the JSON endpoint.
// Loaded only when a tile server is configured; the list by Gemeinde on the same page works without it.
(function () {
  'use strict';
  function start() {
    var element = document.getElementById('network-map');
    if (!element || typeof L === 'undefined') {
      return;
    }
    var map = L.map(element).setView([52.28, 8.05], 10);
    L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
    fetch(element.dataset.markers, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { organisations: [] }; })
      .then(function (data) {
        var bounds = [];
        data.organisations.forEach(function (organisation) {
          var position = [Number(organisation.latitude), Number(organisation.longitude)];
          var popup = document.createElement('div');
          var link = document.createElement('a');
          link.href = organisation.url;
          link.className = 'kern-link';
          link.textContent = organisation.name;
          var details = document.createElement('p');
          details.textContent = organisation.kindLabel + ', ' + element.dataset.offersLabel + ': ' + organisation.offers;
          popup.appendChild(link);
          popup.appendChild(details);
          L.marker(position, { title: organisation.name, alt: organisation.name }).bindPopup(popup).addTo(map);
          bounds.push(position);
        });
        if (bounds.length > 0) {
          map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
        }
      });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
