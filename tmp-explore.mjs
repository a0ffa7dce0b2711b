import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
let { document } = parseHTML('<p>hi &amp; there</p><p>two</p>');
console.log('frag body', !!document.body, document.documentElement?.tagName, document.body?.innerHTML);
({ document } = parseHTML('<!doctype html><html lang="en-GB"><head><title>T</title><meta property="og:title" content="OG &amp; T"></head><body><p>x</p></body></html>'));
console.log(document.documentElement.getAttribute('lang'), document.querySelector('meta[property="og:title"]')?.getAttribute('content'), document.title);
for (const depth of [200, 500, 1000, 2000, 5000]) {
  const html = '<html><body>' + '<div>'.repeat(depth) + '<p>Hello deep world, this is text.</p>' + '</div>'.repeat(depth) + '</body></html>';
  const { document: d } = parseHTML(html);
  let t = Date.now();
  try { d.querySelectorAll('p'); d.querySelector('time[datetime]'); } catch (e) { console.log('qs err', depth, e.message); }
  try { const r = new Readability(d).parse(); console.log('ok', depth, !!r, Date.now() - t); } catch (e) { console.log('readab err', depth, e.message); }
}
console.log(new TextDecoder('windows-1252').decode(new Uint8Array([0xa3, 0x35, 0x80, 0x81])));
const { document: d3 } = parseHTML('<html><body>' + '<div>'.repeat(10000) + '<p>x</p>' + '</div>'.repeat(10000) + '</body></html>');
try { console.log(d3.querySelectorAll('p').length, d3.querySelector('meta[name=author]')); } catch (e) { console.log('qs10k err', e.message); }
try { console.log(d3.body.innerHTML.length); } catch (e) { console.log('innerHTML err', e.message); }
