import { formatValue, type Progress, type QuarterValue, type Trend } from "../../../shared/domain/monitoring";
import { formatQuarter, type Quarter } from "../../../shared/domain/quarter";
import { formatDay } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import type { AdminOutcome } from "../admin/outcome";
import { AppLink } from "../ui/AppLink";
import { ChangeIndicatorForm, type IndicatorDraft, type Reporters } from "./IndicatorForm";
import { CorrectionForm, isCorrectionOf, RecordForm } from "./MeasurementForms";
import { Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";

const t = nl.monitoring;

export interface IndicatorView extends IndicatorDraft {
  slug: string;
  direction: "up" | "down";
  group_name: string | null;
  group_slug: string | null;
  foundation_name: string | null;
  foundation_slug: string | null;
  values: QuarterValue[];
  trend: Trend | undefined;
  progress: Progress | undefined;
  canRecord: boolean;
  measurements: Array<{
    id: string;
    quarter: string;
    value: number | null;
    story: string;
    source: string;
    recorded_at: Date | string;
    recorder_name: string | null;
    replaces_id: string | null;
    current: boolean;
  }>;
}


/** One indicator: its latest value, trend and target at a glance, its history and stories below. */
export function IndicatorCard(props: { indicator: IndicatorView; outcome: AdminOutcome | undefined; suggestedQuarter: Quarter; reporters?: Reporters }) {
  const { indicator, outcome, suggestedQuarter, reporters } = props;
  const latest = indicator.values[indicator.values.length - 1];
  const story = indicator.measurements.find((m) => m.story);
  const headingId = `indicator-${indicator.slug}`;
  return (
    <article className="rw-card rw-indicator" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{indicator.name}</Heading3>
      {indicator.description && <Paragraph>{indicator.description}</Paragraph>}
      <dl className="rw-indicator__facts">
        <div>
          <dt>{t.latest}</dt>
          <dd className="rw-indicator__value">{latest ? t.latestValue(formatValue(latest.value, indicator.unit), formatQuarter(latest.quarter)) : t.noMeasurements}</dd>
        </div>
        {indicator.trend && (
          <div>
            <dt>{t.trendLabel}</dt>
            <dd className={`rw-trend rw-trend--${indicator.trend}`}>
              <span aria-hidden="true">{trendSign[indicator.trend]} </span>
              {t.trend[indicator.trend]}
            </dd>
          </div>
        )}
        <div>
          <dt>{t.target}</dt>
          <dd>{indicator.target === null ? t.noTarget : t.targetValue(formatValue(indicator.target, indicator.unit), indicator.target_quarter ? formatQuarter(indicator.target_quarter as Quarter) : null)}</dd>
        </div>
        {indicator.progress && <ProgressFact progress={indicator.progress} />}
        <div>
          <dt>{t.directionLabel}</dt>
          <dd>{t.direction[indicator.direction]}</dd>
        </div>
        {indicator.source && (
          <div>
            <dt>{t.source}</dt>
            <dd>{indicator.source}</dd>
          </div>
        )}
        <div>
          <dt>{t.reportedBy}</dt>
          <dd>
            <Reporter indicator={indicator} />
          </dd>
        </div>
      </dl>
      <Sparkline values={indicator.values} />
      {story && (
        <blockquote className="rw-indicator__story">
          <p>{story.story}</p>
          <footer className="rw-muted">
            {[story.recorder_name ?? t.someone, formatQuarter(story.quarter as Quarter), story.source].filter(Boolean).join(" · ")}
          </footer>
        </blockquote>
      )}
      {indicator.measurements.length > 0 && <MeasurementTable indicator={indicator} outcome={outcome} />}
      {indicator.canRecord && <RecordForm indicator={indicator} outcome={outcome} suggestedQuarter={suggestedQuarter} />}
      {reporters && <ChangeIndicatorForm indicator={indicator} outcome={outcome} reporters={reporters} />}
    </article>
  );
}

const trendSign = { better: "▲", worse: "▼", same: "=" } as const;

function ProgressFact({ progress }: { progress: Progress }) {
  if (progress.reached) {
    return (
      <div>
        <dt>{t.progressLabel}</dt>
        <dd className="rw-trend rw-trend--better">{t.reached}</dd>
      </div>
    );
  }
  if (progress.share === undefined) return null;
  const percent = Math.round(progress.share * 100);
  return (
    <div>
      <dt>{t.progressLabel}</dt>
      <dd>
        <progress className="rw-progress" max={100} value={percent} aria-label={t.progress(percent)} /> {t.progress(percent)}
      </dd>
    </div>
  );
}

function Reporter({ indicator }: { indicator: IndicatorView }) {
  if (indicator.group_slug && indicator.group_name) return <AppLink to={`/werkgroepen/${indicator.group_slug}`}>{indicator.group_name}</AppLink>;
  if (indicator.foundation_slug && indicator.foundation_name) return <AppLink to={`/regioplan/fundamenten/${indicator.foundation_slug}`}>{indicator.foundation_name}</AppLink>;
  return <>{t.everyone}</>;
}

/** A small line of the values; the table below says the same in words, so the picture is hidden from screen readers. */
function Sparkline({ values }: { values: QuarterValue[] }) {
  if (values.length < 2) return null;
  const [width, height, pad] = [240, 48, 4];
  const numbers = values.map((v) => v.value);
  const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  const span = max - min || 1;
  const points = numbers.map((n, i) => [pad + (i * (width - 2 * pad)) / (numbers.length - 1), height - pad - ((n - min) * (height - 2 * pad)) / span] as const);
  return (
    <svg className="rw-sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true">
      <polyline fill="none" stroke="currentColor" strokeWidth={2} points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")} />
      {points.map(([x, y], i) => (
        <circle key={values[i]!.quarter} cx={x} cy={y} r={3} fill="currentColor" />
      ))}
    </svg>
  );
}

/** Every measurement, newest first: replaced values stay, marked, so nothing disappears without a trace. */
function MeasurementTable({ indicator, outcome }: { indicator: IndicatorView; outcome: AdminOutcome | undefined }) {
  return (
    <details className="rw-indicator__history" open={isCorrectionOf(outcome, indicator.id) ? true : undefined}>
      <summary>
        {t.historySummary(indicator.measurements.length)}
        <span className="rw-visually-hidden"> {t.historyOf(indicator.name)}</span>
      </summary>
      <Table className="rw-table">
        <caption className="rw-visually-hidden">{t.tableCaption(indicator.name)}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.columns.quarter}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.columns.value}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.columns.story}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.columns.by}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicator.measurements.map((m) => (
            <TableRow key={m.id}>
              <TableCell>{formatQuarter(m.quarter as Quarter)}</TableCell>
              <TableCell>
                {m.value === null ? "–" : formatValue(m.value, indicator.unit)}
                {m.value !== null && !m.current && <span className="rw-muted"> ({t.replaced})</span>}
                {m.value !== null && m.current && m.replaces_id && <span className="rw-muted"> ({t.correction})</span>}
                {m.value !== null && m.current && indicator.canRecord && <CorrectionForm indicator={indicator} measurement={m} outcome={outcome} />}
              </TableCell>
              <TableCell>
                {m.story}
                {m.source && <span className="rw-muted"> ({m.source})</span>}
              </TableCell>
              <TableCell>
                {m.recorder_name ?? t.someone}, <time dateTime={new Date(m.recorded_at).toISOString()}>{formatDay(m.recorded_at)}</time>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}
