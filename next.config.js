/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel local builds (e.g. two test runs) use separate folders.
  distDir: process.env.MAYDAN_DIST_DIR || '.next',
  cacheComponents: true,
  // Without this, a notFound() for an unlisted param can answer 200 (see shared NEXT16-NOTES).
  partialPrefetching: false,
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Next has one body limit for every server action. The largest is an article save (the whole
    // body as HTML, see lib/request-limits.ts); image uploads have their own route with a 10 MB
    // limit (app/api/admin/media). proxy.ts answers public POSTs over 64 kB with a localized 413
    // before this limit (whose own answer is a bare 500) is ever reached.
    serverActions: { bodySizeLimit: '2mb' },
    // The proxy sees a copy of each request body it runs for: never more than an action may send.
    proxyClientMaxBodySize: '2mb',
  },
  serverExternalPackages: ['@electric-sql/pglite', 'sharp'],
  cacheLife: {
    // Reader pages: re-checked at most every 5 minutes, so scheduled stories appear on time
    // even if no write happens; writes invalidate by tag immediately.
    reader: { stale: 60, revalidate: 300, expire: 3600 },
  },
  images: {
    // Uploads are resized once by sharp (lib/media/store.ts); the loader picks a variant.
    loader: 'custom',
    loaderFile: './lib/image-loader.ts',
    deviceSizes: [320, 640, 960, 1280, 1600],
    imageSizes: [160],
  },
  typedRoutes: false,
  // proxy.ts sets these (and the CSP) on everything it sees; this covers the paths it skips
  // (static chunks, the upload route, icons).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
          },
        ],
      },
    ];
  },
};

export default nextConfig;
