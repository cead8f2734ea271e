import { openPglite } from '@sanxiang/db';
const m = () => { const u = process.memoryUsage(); return `rss ${Math.round(u.rss/1e6)} heap ${Math.round(u.heapUsed/1e6)} ext ${Math.round(u.external/1e6)} ab ${Math.round(u.arrayBuffers/1e6)}`; };
console.log('start', m());
const d = await openPglite('/tmp/m1');
console.log('opened', m());
await d.db.execute('select count(*) from law_article' as never).catch(()=>{});
console.log('query', m());
