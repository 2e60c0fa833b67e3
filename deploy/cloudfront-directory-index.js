/**
 * CloudFront Function (runtime cloudfront-js-2.0, viewer request) for the S3 deploy: serves
 * `/papers/2405.05949/` from the object `papers/2405.05949/index.html`, as GitHub Pages does; a
 * private S3 bucket behind CloudFront has no index documents of its own.
 *
 * A path without a trailing slash whose last segment has none of the site's file extensions is
 * served from its folder's index.html too. ArXiv ids contain dots (`/papers/2405.05949`), so "has a
 * dot" cannot mean "is a file". No redirect: pages link to slashed URLs and name them canonical,
 * and a rewrite leaves the query string (`/search?q=…`) untouched.
 *
 * Attach it to the distribution's default behaviour (Functions → Create → paste this file →
 * Publish → Associate, event type "Viewer request"). test/unit/tools/cloudfront-function.test.ts
 * runs this very file.
 */
var FILE_EXTENSIONS = /\.(html|css|js|mjs|json|xml|txt|csv|svg|png|ico|webmanifest|woff2?|gz)$/i;

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls `handler` by name.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (!FILE_EXTENSIONS.test(uri.slice(uri.lastIndexOf('/') + 1))) request.uri = uri + '/index.html';
  return request;
}
