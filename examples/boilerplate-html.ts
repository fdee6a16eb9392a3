/**
 * Strip a page's HTML down to its article: `npx tsx examples/boilerplate-html.ts`.
 */
import { stripBoilerplate } from '../src/index.js';

const html = `<!doctype html><html><head>
<title>Ministry warns of parcel scams | Daily</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministry warns of parcel scams","datePublished":"2025-05-19T08:00:00Z"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Ministry warns of parcel scams</h1>
<div class="byline">By Ann Lee</div>
<p>The ministry said on Tuesday that it had found several parcels &amp; letters that were used to carry out scams, and it asked people to report them.</p>
<p>Officials said the parcels had been sent from abroad over the past year and that the police were looking into the matter.</p>
</article>
<section class="comments"><p>Great article, thanks for sharing this with all of us here on the blog today!</p></section>
</body></html>`;

const result = stripBoilerplate(html);
console.log('title:', result.title);
console.log('published:', result.published);
console.log('body:\n' + result.body);
for (const block of result.blocks) {
  // In HTML mode start/end point into the HTML; text is what a reader sees.
  console.log(
    `${block.kind.padEnd(11)} ${(block.reason ?? '').padEnd(10)} [${block.start}, ${block.end})  ${block.text.slice(0, 50)}`,
  );
}
