import { z, ZodIssueCode, type ZodErrorMap } from "zod";
import { nl } from "../i18n/nl";

/** Dutch messages for zod's built-in checks, so every validation error people see is Dutch. */
export const dutchErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      return { message: issue.received === "undefined" ? nl.validation.required : nl.validation.invalidType };
    case ZodIssueCode.too_small:
      if (issue.type === "string") {
        return { message: issue.minimum === 1 ? nl.validation.required : nl.validation.tooShort(Number(issue.minimum)) };
      }
      return { message: nl.validation.invalid };
    case ZodIssueCode.too_big:
      if (issue.type === "string") return { message: nl.validation.tooLong(Number(issue.maximum)) };
      return { message: nl.validation.invalid };
    default:
      return { message: ctx.defaultError && issue.message ? issue.message : nl.validation.invalid };
  }
};

z.setErrorMap(dutchErrorMap);

export { z };
