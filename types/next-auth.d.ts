import type { DefaultSession } from "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** Seconds since the epoch at sign-in: the absolute session lifetime counts from here. */
    authTime: number;
    /** Seconds since the epoch when this session gave a second factor; absent: none given. */
    secondFactorAt?: number;
  }
  interface User {
    /** Set by the Credentials provider when the sign-in included the second factor. */
    secondFactor?: "totp" | "recovery-code";
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    authTime?: number;
    secondFactorAt?: number;
  }
}
