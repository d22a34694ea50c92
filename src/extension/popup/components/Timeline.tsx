import { t } from '../../platform/browser-api.ts';
import { formatDate } from '../../shared/format-date.ts';
import type { PageReport, ReportedFinding } from '../../shared/page-report.ts';
import { pluralKey } from '../../shared/plural.ts';
import { dateToTime, storyScale } from '../timeline-scale.ts';

type Story = NonNullable<PageReport['story']>;

export interface TimelineProps {
  story: Story;
  findings: ReportedFinding[];
}

interface Row {
  key: string;
  start: string;
  end?: string | undefined;
  label: string;
  /** A claim of the page (with its verdict), or an event of the story. */
  verdict?: ReportedFinding['verdict'];
  pageText?: string;
  outside: boolean;
}

const WIDTH = 340;
const HEIGHT = 46;
const AXIS = 24;

const when = (row: Pick<Row, 'start' | 'end'>) =>
  row.end && row.end !== row.start
    ? `${formatDate(row.start)} – ${formatDate(row.end)}`
    : formatDate(row.start);

/**
 * The story's dated events and the page's dated claims on one strip, then as
 * a list: a claim placed outside the story's weeks ("the Biden
 * administration", "2024") shows at a glance.
 */
export function Timeline({ story, findings }: TimelineProps) {
  const events: Row[] = story.timeline.map((e) => ({
    key: `e-${e.id}`,
    start: e.date,
    label: e.label,
    outside: false,
  }));
  const claims: Row[] = findings.flatMap((f, i) =>
    f.refersTo
      ? [
          {
            key: `c-${i}`,
            start: f.refersTo.start,
            end: f.refersTo.end,
            label: f.refersTo.label,
            verdict: f.verdict,
            pageText: f.text,
            outside: false,
          },
        ]
      : [],
  );
  if (events.length === 0 && claims.length === 0) return null;
  const times = [...events, ...claims].flatMap((r) => [
    dateToTime(r.start),
    dateToTime(r.end ?? r.start, true),
  ]);
  const scale = storyScale(story.timeContext, times);
  // Only a discrepant claim is flagged: a true sentence may well mention an earlier year (who was chief since when).
  const windowStart = dateToTime(story.timeContext.start);
  const windowEnd = dateToTime(story.timeContext.end, true);
  for (const row of claims) {
    const overlaps =
      dateToTime(row.start) <= windowEnd && dateToTime(row.end ?? row.start, true) >= windowStart;
    row.outside = row.verdict === 'discrepant' && !overlaps;
  }
  const outside = claims.filter((c) => c.outside);
  const rows = [...events, ...claims].sort(
    (a, b) => dateToTime(a.start) - dateToTime(b.start) || (a.verdict ? 1 : -1),
  );
  const x = (time: number) => 6 + scale.at(time) * (WIDTH - 12);
  const windowLeft = x(windowStart);
  const windowRight = x(windowEnd);

  const description = [
    t('popupTimelineWindow', [
      when({ start: story.timeContext.start, end: story.timeContext.end }),
    ]),
    ...outside.map((c) => t('popupTimelineOutsideClaim', [c.label])),
  ].join(' ');

  return (
    <section aria-labelledby="timeline-heading" class="timeline" id="timeline">
      <h2 id="timeline-heading" tabIndex={-1}>
        {t('popupTimelineHeading')}
      </h2>
      <svg class="strip" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={description}>
        <rect
          class="window"
          x={windowLeft}
          y={AXIS - 9}
          width={Math.max(windowRight - windowLeft, 2)}
          height={18}
          rx={3}
        />
        <line class="axis" x1={6} x2={WIDTH - 6} y1={AXIS} y2={AXIS} />
        {events.map((e) => (
          <circle
            key={e.key}
            class={scale.inside(dateToTime(e.start)) ? 'event marker' : 'event far marker'}
            cx={x(dateToTime(e.start))}
            cy={AXIS}
            r={3}
            role="img"
            aria-label={t('popupTimelineEventMarker', [e.label, when(e)])}
          >
            <title>{t('popupTimelineEventMarker', [e.label, when(e)])}</title>
          </circle>
        ))}
        {claims.map((c) => {
          const from = x(dateToTime(c.start));
          const to = x(dateToTime(c.end ?? c.start, true));
          return (
            <g
              key={c.key}
              class={`claim ${c.verdict} marker`}
              role="img"
              aria-label={t('popupTimelineClaimMarker', [c.label, when(c)])}
            >
              <title>{t('popupTimelineClaimMarker', [c.label, when(c)])}</title>
              <rect x={from} y={AXIS - 16} width={Math.max(to - from, 3)} height={4} rx={2} />
              <path d={`M ${(from + to) / 2 - 5} ${AXIS - 22} h 10 l -5 6 z`} />
            </g>
          );
        })}
        <text class="tick" x={windowLeft} y={HEIGHT - 2} text-anchor="start">
          {formatDate(story.timeContext.start)}
        </text>
        <text class="tick" x={windowRight} y={HEIGHT - 2} text-anchor="end">
          {formatDate(story.timeContext.end)}
        </text>
      </svg>
      {/* What the marks on the strip are, in words. */}
      <ul class="timeline-legend" id="timeline-legend">
        <li>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <circle class="event" cx={5} cy={5} r={3} />
          </svg>
          {t('popupTimelineLegendEvent')}
        </li>
        <li>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <path class="claim-sample" d="M 0 2 h 10 l -5 6 z" />
          </svg>
          {t('popupTimelineLegendClaim')}
        </li>
        <li>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <rect class="window" x={0} y={1} width={10} height={8} rx={2} />
          </svg>
          {t('popupTimelineLegendWindow')}
        </li>
      </ul>
      {outside.length > 0 && (
        <p class="timeline-warning verdict-discrepant" id="timeline-outside">
          {t(
            pluralKey(outside.length, {
              one: 'popupTimelineOutsideOne',
              other: 'popupTimelineOutsideOther',
            }),
            [outside.length],
          )}
        </p>
      )}
      <details>
        <summary>
          {t('popupTimelineList', [
            t(pluralKey(events.length, { one: 'countEventsOne', other: 'countEventsOther' }), [
              events.length,
            ]),
            t(
              pluralKey(claims.length, {
                one: 'countDatedClaimsOne',
                other: 'countDatedClaimsOther',
              }),
              [claims.length],
            ),
          ])}
        </summary>
        <ol class="timeline-list">
          {rows.map((row) => (
            <li
              key={row.key}
              class={row.verdict ? `claim ${row.verdict}${row.outside ? ' outside' : ''}` : 'event'}
            >
              <time dateTime={row.start}>{when(row)}</time>
              {row.verdict ? (
                <span>
                  <strong>{t('popupTimelineThisPage')}</strong> {row.label}
                  {row.outside && <em class="outside-tag"> {t('popupTimelineOutsideTag')}</em>}
                </span>
              ) : (
                <span>{row.label}</span>
              )}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
