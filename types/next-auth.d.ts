import type { DefaultSession } from "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** Seconds since the epoch at sign-in: the absolute session lifetime counts from here. */
    authTime: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    authTime?: number;
  }
}
