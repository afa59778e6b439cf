import { launch } from '/work/main/scripts/lib/browser';
const [path, width, height, out, scheme] = process.argv.slice(2);
const b = await launch();
const ctx = await b.newContext({ viewport: { width: Number(width), height: Number(height) }, colorScheme: (scheme as 'light' | 'dark') || 'light' });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4173' + path);
await p.screenshot({ path: out, fullPage: height === 'full' ? true : false });
await b.close();
