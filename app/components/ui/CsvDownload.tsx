import { Paragraph } from "@utrecht/component-library-react";
import { useId } from "react";
import { nl } from "../../../shared/i18n/nl";

/** "Downloaden als CSV (voor Excel)": a file, not a page, so the browser downloads it (no client-side navigation). */
export function CsvDownload({ href, hint }: { href: string; hint: string }) {
  const hintId = useId();
  return (
    <Paragraph className="rw-download">
      <a href={href} download className="utrecht-link utrecht-link--html-a" aria-describedby={hintId}>
        {nl.download.csv}
      </a>{" "}
      <span id={hintId} className="rw-muted">
        {hint}
      </span>
    </Paragraph>
  );
}
