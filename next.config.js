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
    // Image uploads go through a server action: 10 MB files plus form fields.
    serverActions: { bodySizeLimit: '11mb' },
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
};

export default nextConfig;
