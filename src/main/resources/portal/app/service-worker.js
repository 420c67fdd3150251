// The Wegweiser's service worker of one tenant (portal.publicsite.PortalAppController
// writes the values below into it). Pages: network first, the kept copy of a visited page
// when offline, else the offline page in the page's language listing the kept pages.
// Kept: GET of the tenant's public pages (HTML, without a query: a query may hold what
// the visitor typed) and the static assets they load. Never a form sent (POST), never a
// staff page or an API answer (outside the scope or not HTML), never another tenant's.
'use strict';

const SCOPE = __SCOPE__;
const BASE = __BASE__;
const LANGUAGES = __LANGUAGES__;
const ASSETS = __ASSETS__;
// caches are shared by the whole origin: every tenant's worker has its own names
const PREFIX = 'wegweiser ' + SCOPE + ' ';
const CACHE = PREFIX + __VERSION__;
const OFFLINE = 'offline';
const MAX_PAGES = 200;
const ASSET_PREFIXES = [BASE + '/kern/', BASE + '/css/', BASE + '/icons/', BASE + '/favicon.', SCOPE + 'logo'];

function offlinePath(language) {
  return SCOPE + language + '/' + OFFLINE;
}

function isAsset(url) {
  return ASSET_PREFIXES.some((prefix) => url.pathname.startsWith(prefix));
}

function isPage(url) {
  return url.pathname.startsWith(SCOPE) && !isAsset(url) && !url.pathname.endsWith('/sw.js');
}

function keepable(response) {
  const type = response.headers.get('Content-Type') || '';
  const control = response.headers.get('Cache-Control') || '';
  return response.ok && response.type === 'basic' && !response.redirected && type.startsWith('text/html')
    && !control.includes('no-store') && !control.includes('private');
}

async function keep(cache, path, response) {
  await cache.put(path, response);
  const pages = (await cache.keys()).filter((request) => isPage(new URL(request.url)));
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) {
    await cache.delete(old);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const wanted = LANGUAGES.map(offlinePath).concat(ASSETS);
    await Promise.all(wanted.map((path) => fetch(path, { credentials: 'omit' })
      .then((response) => (response.ok ? cache.put(path, response) : null))
      .catch(() => null)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
    await self.clients.claim();
    // the page that registered the worker was loaded before it: kept as if visited now
    const cache = await caches.open(CACHE);
    for (const client of await self.clients.matchAll({ type: 'window' })) {
      const url = new URL(client.url);
      if (url.origin === self.location.origin && isPage(url) && url.search === '') {
        try {
          const response = await fetch(url.pathname, { credentials: 'omit' });
          if (keepable(response)) {
            await keep(cache, url.pathname, response);
          }
        } catch (error) {
          // offline already: nothing to keep
        }
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && isPage(url)) {
    event.respondWith(page(request, url));
  } else if (isAsset(url)) {
    event.respondWith(asset(request));
  }
});

async function page(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (url.search === '' && keepable(response)) {
      await keep(cache, url.pathname, response.clone());
    }
    return response;
  } catch (error) {
    const kept = (url.search === '') ? await cache.match(url.pathname) : undefined;
    return kept || offline(cache, url);
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    return kept || Response.error();
  }
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function attribute(html, name) {
  const found = new RegExp('<html[^>]*\\s' + name + '="([^"]*)"').exec(html);
  return found ? found[1] : '';
}

/** The offline page in the asked page's language with the tenant's kept pages listed. */
async function offline(cache, url) {
  const asked = url.pathname.slice(SCOPE.length).split('/')[0];
  const language = LANGUAGES.includes(asked) ? asked : LANGUAGES[0];
  const shown = await cache.match(offlinePath(language)) || await cache.match(offlinePath(LANGUAGES[0]));
  if (!shown) {
    return Response.error();
  }
  const items = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!isPage(new URL(request.url)) || path.endsWith('/' + OFFLINE)) {
      continue;
    }
    const html = await (await cache.match(request)).text();
    const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(html);
    // the title is HTML already (escaped when the page was made); no markup is let in
    const text = title ? title[1].trim().replace(/</g, '&lt;') : escape(path);
    const lang = escape(attribute(html, 'lang'));
    const dir = escape(attribute(html, 'dir') || 'ltr');
    items.push('<li><a href="' + escape(path) + '" lang="' + lang + '" dir="' + dir + '">' + text + '</a></li>');
  }
  let body = await shown.text();
  if (items.length > 0) {
    body = body.replace(/<!--kept-pages-->[\s\S]*<!--\/kept-pages-->/,
      '<ul class="offline-pages">' + items.join('') + '</ul>');
  }
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
}
