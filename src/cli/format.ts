/** Human-readable text for reports and calibration tables (the CLI's default output). */
import type { RunReport } from '../metrics/report';
import type { CalibrationRow } from '../metrics/calibration';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const num = (x: number, d = 1) => x.toFixed(d);

/** A run report as a short text a researcher reads in a terminal. */
export function formatReport(r: RunReport): string {
  const k = r.kpis;
  const lt = k.leadTimeDays;
  const lines = [
    `${r.scenario} · seed ${r.seed} · ${r.days} days measured after ${r.warmupDays} days of warm-up · ${r.events} events`,
    '',
    `orders            ${k.ordersReceived} received, ${k.ordersDelivered} delivered, ${k.ordersOpen} open · internal ${pct(k.internalShare)} · urgent ${pct(k.urgentShare)}`,
    `quoted cycle      internal ${num(k.quotedCycleDays.internal)} d · semi-external ${num(k.quotedCycleDays.semiExternal)} d · external ${num(k.quotedCycleDays.external)} d · urgent ${num(k.quotedCycleDays.urgent)} d`,
    `lead time         all ${num(lt.all.mean)} d (p50 ${num(lt.all.p50)}, p90 ${num(lt.all.p90)}) · internal ${num(lt.internal.mean)} · semi-external ${num(lt.semiExternal.mean)} · external ${num(lt.external.mean)}`,
    `on time           ${pct(k.onTimeRate)} against the last promise · ${pct(k.onTimeRateVsFirstPromise)} against the first`,
    `dates moved       ${pct(k.dateChangedShare)} (advanced ${pct(k.dateAdvancedShare)}, postponed ${pct(k.datePostponedShare)})`,
    `launched          +${pct(k.launchedOverRequested)} over ordered · defects ${pct(k.defectRate)} (off-spec ${pct(k.offSpecRate)}, scrap ${pct(k.scrapRate)}) · ${k.complementLots} complement lots · ${k.shortOrders} orders short`,
    `over-production   ${k.overProductionUnits} parts · ${k.surplusScrappedUnits} scrapped after their shelf time · ${k.surplusOnShelfUnits} on the shelf at the end`,
    `capacity          throughput ${num(k.throughputUOPerWeek)} UO/week of ${num(k.capacityUOPerWeek)} · utilisation ${pct(k.utilization)} · reserve held ${pct(k.reserveShare)} (used ${pct(k.reserveUsedShare)})`,
    `work in progress  ${num(k.wipOrdersMean)} orders · ${num(k.wipUOMean)} UO`,
    `plan              ${k.planVersions} versions · changes asked ${k.changeRequests.asked}, accepted ${k.changeRequests.accepted}, countered ${k.changeRequests.countered}, refused ${k.changeRequests.refused} (after cut-off accepted: ${k.changeRequests.afterCutoff})`,
    `quality           derogations offered ${k.derogations.offered}, accepted ${k.derogations.accepted}, refused ${k.derogations.refused}`,
    `stock and lines   first fit from stock ${pct(k.stockShareFirstFit)} · spare parts ${pct(k.stockShareSpareParts)} · on hand ${num(k.stockOnHandMean)} · holding cost ${num(k.holdingCost, 0)} · stoppages ${k.lineStoppages} (${num(k.lineStoppageHours)} h) · disruptions ${k.disruptions}`,
    `clients           trust mean ${num(k.trustMean, 2)}, min ${num(k.trustMin, 2)} · lost ${k.clientsLost} (their demand elsewhere: ${k.lostDemandUnits} parts, ${pct(k.lostDemandShare)}) · escalations ${k.escalations}`,
  ];
  const costly = [...k.disruptionCosts].sort((a, b) => b.lineStoppageHours - a.lineStoppageHours || b.shipmentsHeld - a.shipmentsHeld).slice(0, 3);
  for (const d of costly) {
    lines.push(`  disruption      ${d.what}${d.station ? ' ' + d.station : ''} on day ${Math.floor(d.start / 24)} for ${num(d.hours)} h: ${d.shipmentsHeld} shipments held, ${num(d.lineStoppageHours)} h of line stoppage after it`);
  }
  lines.push(`trace digest      ${r.traceDigest}`);
  return lines.join('\n');
}

function show(x: number, unit: CalibrationRow['unit']): string {
  return unit === 'share' ? pct(x) : unit === 'count' ? num(x) : num(x, unit === 'days' ? 1 : 0);
}

/** The calibration table: observed, simulated (mean ± sd), tolerance band, pass/fail. */
export function formatCalibration(title: string, rows: CalibrationRow[], runs: number): string {
  const head = ['figure', 'observed', 'simulated', '± sd', 'tolerance', 'result'];
  const body = rows.map((r) => [r.figure, show(r.observed, r.unit), show(r.simulated, r.unit), show(r.sd, r.unit), `${show(r.low, r.unit)} – ${show(r.high, r.unit)}`, r.pass ? 'pass' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const failed = rows.filter((r) => !r.pass).length;
  return [`${title} · mean over ${runs} seeds`, line(head), ...body.map(line), failed ? `${failed} figure(s) outside tolerance` : 'all figures within tolerance'].join('\n');
}
