/**
 * A realistic synthetic diary for benchmarks and tests: every night checked in, cramps more likely in
 * summer, after 3+ drinks and on days of little exercise, less likely after a bedtime stretch.
 * Deterministic for a seed. `npx tsx scripts/synthetic-diary.ts [years] [out.json]` writes an export file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFile, type DiaryExport } from '../src/domain/backup';
import type { CheckIn } from '../src/domain/check-in';
import { DURATION_BANDS, REGIONS, type Episode, type Relief } from '../src/domain/episode';
import { addNights, nightDate, nightOf } from '../src/domain/night';

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  nights: number;
  /** The last night of the diary. */
  lastNight: string;
  seed?: number;
}

export function syntheticDiary({ nights, lastNight, seed = 42 }: SyntheticOptions): { episodes: Episode[]; checkIns: CheckIn[] } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    h[12] = '4';
    h[16] = ((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16);
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const episodes: Episode[] = [];
  const checkIns: CheckIn[] = [];
  const first = addNights(lastNight, -(nights - 1));
  for (let i = 0; i < nights; i++) {
    const night = addNights(first, i);
    const evening = nightDate(night).getTime();
    const month = nightDate(night).getUTCMonth();
    const offset = month >= 3 && month <= 8 ? 60 : 0;
    const summer = Math.cos(((month - 6) / 12) * 2 * Math.PI); // 1 in July, -1 in January
    const alcohol = random() < 0.3 ? Math.floor(random() * 5) + 1 : 0;
    const exercise = random() < 0.5 ? Math.floor(random() * 60) : 0;
    const stretch = random() < 0.35;
    const caffeine = Math.floor(random() * 4);
    const p = 0.5 + 0.16 * summer + (alcohol >= 3 ? 0.18 : 0) + (exercise < 10 ? 0.06 : -0.04) - (stretch ? 0.06 : 0);
    const count = random() < p ? 1 + Math.floor(random() * 4.5) : 0;
    const roomTempC = Math.round((19 + 4 * summer + (random() - 0.5) * 3) * 10) / 10;
    for (let k = 0; k < count; k++) {
      const startedAt = evening + ((22 + random() * 8) * 60 - offset) * 60_000;
      const region = random() < 0.55 ? 'calf' : pick(REGIONS.filter((r) => r !== 'thigh'));
      const tried: Relief[] = random() < 0.7 ? ['stretch'] : ['massage'];
      const createdAt = Math.round(startedAt + 30_000);
      episodes.push({
        id: uuid(),
        startedAt: Math.round(startedAt),
        utcOffsetMinutes: offset,
        night: nightOf(Math.round(startedAt), offset),
        loggedLater: false,
        context: pick(['woke-me', 'woke-me', 'falling-asleep', 'awake-in-bed'] as const),
        sites: [{ region, side: random() < 0.5 ? 'left' : 'right' }],
        durationBand: pick(DURATION_BANDS.slice(0, 3)),
        intensity: Math.min(10, Math.max(1, Math.round(4 + random() * 5))),
        reliefTried: tried,
        reliefWorked: random() < 0.8 ? tried : [],
        sleepLostMinutes: Math.round(random() * 45),
        roomTempC,
        warnings: [],
        notes: random() < 0.1 ? 'Woke me up; walked it off.' : '',
        createdAt,
        updatedAt: createdAt + Math.round(random() * 8 * 3_600_000),
      });
    }
    const checkedAt = evening + 33 * 3_600_000;
    checkIns.push({
      id: uuid(),
      night,
      noCramp: count === 0,
      alcoholDrinks: alcohol,
      caffeineDrinks: caffeine,
      caffeineAfter2pm: caffeine > 0 && random() < 0.4,
      fluidsMl: Math.round(800 + random() * 1600),
      exerciseMinutes: exercise,
      hoursOnFeet: Math.round(random() * 10 * 2) / 2,
      stretchDone: stretch,
      bedroom: roomTempC < 17 ? 'cool' : roomTempC > 23 ? 'warm' : 'comfortable',
      createdAt: checkedAt,
      updatedAt: checkedAt,
    });
  }
  return { episodes, checkIns };
}

/** Ten years of nights ending last night, as an export file. */
export function syntheticExport(years: number, now: number, seed = 42): DiaryExport {
  // The last night whose records are all made by `now`: its cramps run until 6 a.m. (UTC) the next day,
  // and its check-in is made at 9 a.m.
  const lastNight = nightOf(now - 21 * 3_600_000, 0);
  const diary = syntheticDiary({ nights: Math.round(years * 365), lastNight, seed });
  return exportFile({ ...diary, answerSets: [], changes: [] }, now);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const years = Number(process.argv[2] ?? 10);
  const out = resolve(process.argv[3] ?? 'synthetic-diary.json');
  const file = syntheticExport(years, Date.now());
  writeFileSync(out, JSON.stringify(file));
  console.log(`${out}: ${file.checkIns.length} check-ins, ${file.episodes.length} episodes`);
}
