import { describe, expect, it } from "vitest";
import { encodeSignInRefusal } from "@/shared/sign-in-refusal";
import { describeSignInError, signInResultError } from "./sign-in-errors";

describe("sign-in errors", () => {
  it("reads the server's reason for translation, with the wait in minutes", () => {
    expect(signInResultError(encodeSignInRefusal("INVALID_CREDENTIALS", "Incorrect email or password."))).toEqual({ key: "INVALID_CREDENTIALS" });
    expect(signInResultError(encodeSignInRefusal("SIGN_IN_THROTTLED", "Too many failed sign-in attempts. Try again in 15 minutes.", 850))).toEqual({ key: "SIGN_IN_THROTTLED", minutes: 15 });
  });

  it("falls back to the server's sentence for a reason it has no message for, and to next-auth's codes", () => {
    expect(signInResultError(encodeSignInRefusal("ORG_SUSPENDED", "Your organization is suspended."))).toEqual({ text: "Your organization is suspended." });
    expect(signInResultError("CredentialsSignin")).toEqual({ key: "INVALID_CREDENTIALS" });
    expect(signInResultError(null)).toEqual({ key: "failed" });
  });

  it("shows only known ?error= codes on the sign-in page, never the query's own words", () => {
    expect(describeSignInError("OAuthAccountNotLinked")).toEqual({ key: "OAuthAccountNotLinked" });
    expect(describeSignInError("You have been hacked, call 555-0100")).toEqual({ key: "failed" });
    expect(describeSignInError(undefined)).toBeNull();
  });
});
