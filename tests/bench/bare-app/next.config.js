/**
 * The benchmark's reference (tests/bench/run.ts): a bare Next.js app with the same Next.js and
 * React as Trivsel, no database, no session, no proxy — what a page costs before the app does
 * anything.
 */

/** @type {import("next").NextConfig} */
const config = { poweredByHeader: false };

export default config;
