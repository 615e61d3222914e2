/**
 * The stories hidden in the listening data, on purpose:
 *  - the crisis of Monday 2026-09-14: one news article about a jacket recall and the accounts
 *    sharing it explain about 70% of the excess of negative Alpenglow mentions;
 *  - the Autumn launch (September 2026): #alpenglowautumn bursts in the first days, then fades;
 *  - Trail stories (June–September 2026): a weekly creator series whose reach grows as it ages;
 *  - smaller campaign hashtags through the year.
 */
import type { AuthorPool } from './authors.ts';
import { type Day, atLocal, dayIndex, daysSince } from './calendar.ts';
import { type MentionDraft, type PageType, type Tone, draftMention, instantIn, personAuthor } from './mentions.ts';
import type { Rng } from './random.ts';
import { AUTUMN, CAMPAIGNS, CREATORS, CRISIS, TRAIL_STORIES, queryByName } from './world.ts';

const SHARE_TEXT = [
  'Wow. {brand} is recalling the Firn jacket: {url}',
  'So my €289 jacket is being recalled?! {url}',
  'This is bad. Seams failing in storm tests, and they knew since spring? {url}',
  'Glad I returned mine. {url}',
  'Anyone else got a Firn? Check this, recall: {url}',
  '"Storm-proof", they said. {url}',
  'Rückruf bei {brand}, die Firn-Jacke ist betroffen: {url}',
  'Unfassbar. Meine Jacke war auch undicht. {url}',
];
const COMPLAINT_TEXT = [
  'Same here, my Firn leaked at the seams on the first rainy day. Refund please, {brand}.',
  'Trying to reach {brand} support about the recall, on hold for 40 minutes.',
  'Never buying {brand} again after this.',
  'The recall form on the {brand} site keeps crashing. Great.',
  'Meine Firn-Jacke ist auch an den Nähten undicht. Rückerstattung, {brand}?',
];

function fillShare(text: string): string {
  return text.replaceAll('{brand}', 'Alpenglow').replaceAll('{url}', CRISIS.url);
}

/** Instants on a day that peak in the morning after the article and fade by night. */
function afterArticle(rng: Rng, day: Day, fromHour: number): number {
  const hoursLater = Math.min(14.9, rng.exponential(3.2));
  const at = atLocal(day, fromHour, 20) + Math.round(hoursLater * 3_600_000) + rng.int(60_000);
  return Math.min(at, day.end - 1);
}

function crisis(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  const brand = queryByName('Alpenglow');
  const out: MentionDraft[] = [];
  const i0 = dayIndex(days, CRISIS.day);
  const day = days[i0];
  const article = draftMention(rng, pool, { at: atLocal(day, 8, 5, 12), query: brand, tone: 'negative', pageType: 'news', hashtags: [] });
  out.push({
    ...article,
    url: CRISIS.url,
    domain: CRISIS.domain,
    title: CRISIS.title,
    text:
      'Alpenglow is recalling Firn rain jackets sold since March, after seam tape failed in independent storm tests, ' +
      'the company confirmed on Monday. "We are contacting every customer," a spokesperson said.\n' +
      'Customers are asked to stop using the jacket and return it for a full refund.',
    authorName: CRISIS.author,
    language: 'en',
    country: 'United Kingdom',
    reach: 2_400_000,
    shares: 1_840,
    comments: 212,
    links: [],
  });

  const sharePlatforms: [PageType, number][] = [['twitter', 55], ['facebook', 18], ['reddit', 12], ['instagram', 8], ['forum', 7]];
  const sharers = new Set<string>();
  const share = (d: Day, fromHour: number, count: number) => {
    for (let i = 0; i < count; i++) {
      let author = pool.anyone.draw(rng);
      for (let t = 0; t < 10 && sharers.has(author.handle); t++) author = pool.anyone.draw(rng);
      sharers.add(author.handle);
      out.push(
        draftMention(rng, pool, {
          at: afterArticle(rng, d, fromHour),
          query: brand,
          tone: 'negative',
          pageType: rng.weighted(sharePlatforms),
          author: i < 4 ? { ...author, followers: rng.between(150_000, 420_000) } : author,
          text: fillShare(rng.pick(SHARE_TEXT)),
          links: [CRISIS.url],
          hashtags: rng.chance(0.3) ? ['alpenglow', 'recall'] : [],
          engagementBoost: 3,
        }),
      );
    }
  };
  const complain = (d: Day, fromHour: number, count: number) => {
    for (let i = 0; i < count; i++) {
      out.push(
        draftMention(rng, pool, {
          at: afterArticle(rng, d, fromHour),
          query: brand,
          tone: 'negative',
          text: fillShare(rng.pick(COMPLAINT_TEXT)),
          links: [],
          engagementBoost: 1.5,
        }),
      );
    }
  };
  share(day, 8, CRISIS.sharers - 1);
  complain(day, 8, CRISIS.otherNegatives);
  // The tail: the story keeps going for two days, then the CEO's apology calms it.
  share(days[i0 + 1], 6, 34);
  complain(days[i0 + 1], 6, 22);
  share(days[i0 + 2], 6, 9);
  complain(days[i0 + 2], 6, 8);
  const ceo = queryByName('Katrin Vogel');
  out.push(
    draftMention(rng, pool, {
      at: atLocal(days[i0 + 1], 11, 30, 0),
      query: ceo,
      tone: 'neutral',
      pageType: 'twitter',
      author: personAuthor('katrinvogel'),
      text: 'We got the Firn jacket wrong, and I am sorry. Every customer gets a full refund or a replacement, no questions asked. Details: https://alpenglow.example/firn-recall',
      links: ['https://alpenglow.example/firn-recall'],
      hashtags: ['alpenglow'],
      engagementBoost: 6,
    }),
  );
  return out;
}

function tone(rng: Rng, positive: number, negative: number): Tone {
  const r = rng.next();
  return r < positive ? 'positive' : r < positive + negative ? 'negative' : 'neutral';
}

/** #alpenglowautumn: a launch burst on 1 September that decays within two weeks. */
function autumnLaunch(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  const brand = queryByName('Alpenglow');
  const out: MentionDraft[] = [];
  for (const day of days) {
    const k = daysSince(day, AUTUMN.start);
    if (k < -4 || day.iso > AUTUMN.end) continue;
    const expected = k < 0 ? 4 : 245 * Math.exp(-k / 3.2) + 3;
    const n = rng.poisson(expected);
    for (let i = 0; i < n; i++) {
      const creator = k >= 0 && k <= 1 && i < 3 ? CREATORS[i] : undefined;
      out.push(
        draftMention(rng, pool, {
          at: instantIn(rng, day),
          query: creator ? queryByName(creator.name) : brand,
          author: creator ? personAuthor(creator.handle, 1.2) : undefined,
          tone: creator ? 'positive' : tone(rng, 0.62, 0.035),
          hashtags: ['alpenglowautumn', ...(rng.chance(0.4) ? ['alpenglow'] : [])],
          engagementBoost: 1 + 2.5 * Math.exp(-Math.max(0, k) / 4),
        }),
      );
    }
  }
  return out;
}

/** #trailstories: an episode every Thursday; each episode draws more and bigger accounts. */
function trailStories(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  const brand = queryByName('Alpenglow');
  const out: MentionDraft[] = [];
  const spread = [0.45, 0.25, 0.15, 0.1, 0.05];
  let episode = 0;
  for (const day of days) {
    if (day.iso < TRAIL_STORIES.start || day.iso > TRAIL_STORIES.end || day.weekday !== 4) continue;
    const creator = CREATORS[episode % CREATORS.length];
    const age = episode / 16;
    out.push(
      draftMention(rng, pool, {
        at: atLocal(day, 18, 0, 0) + rng.int(600_000),
        query: queryByName(creator.name),
        author: personAuthor(creator.handle, 1 + 0.6 * age),
        tone: 'positive',
        pageType: rng.pick(['instagram', 'youtube', 'tiktok'] as const),
        text: `Trail stories, episode ${episode + 1}: ${rng.pick(['three passes in one day', 'the hut at the end of the valley', 'running the ridge at first light', 'a wet night in the Kamm UL', 'fastpacking the Stubai loop'])}. Gear by @alpenglow`,
        hashtags: ['trailstories', 'alpenglow'],
        engagementBoost: 1.5 + 2 * age,
      }),
    );
    const fans = Math.round(6 + 3.4 * episode);
    for (let d = 0; d < spread.length; d++) {
      const on = days[day.index + d];
      if (!on || on.iso > TRAIL_STORIES.end) break;
      const n = rng.poisson(fans * spread[d]);
      for (let i = 0; i < n; i++) {
        // Bigger accounts join as the series ages: the best of several draws.
        let author = pool.anyone.draw(rng);
        for (let t = 0; t < Math.floor(episode / 3); t++) {
          const other = pool.anyone.draw(rng);
          if (other.followers > author.followers) author = other;
        }
        out.push(
          draftMention(rng, pool, {
            at: instantIn(rng, on),
            query: brand,
            author,
            tone: tone(rng, 0.6, 0.02),
            pageType: rng.pick(['instagram', 'instagram', 'tiktok', 'twitter', 'youtube'] as const),
            hashtags: ['trailstories'],
            engagementBoost: 1 + age,
          }),
        );
      }
    }
    episode++;
  }
  return out;
}

/** The smaller campaigns of the year: a modest hashtag burst each. */
function otherCampaigns(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  const brand = queryByName('Alpenglow');
  const out: MentionDraft[] = [];
  for (const c of CAMPAIGNS) {
    if (c.id === AUTUMN.id || c.id === TRAIL_STORIES.id) continue;
    const peak = c.objective === 'sales' ? 30 : 12;
    for (const day of days) {
      if (day.iso < c.start || day.iso > c.end) continue;
      const n = rng.poisson(peak * Math.exp(-daysSince(day, c.start) / 6) + 1);
      for (let i = 0; i < n; i++) {
        out.push(draftMention(rng, pool, { at: instantIn(rng, day), query: brand, tone: tone(rng, 0.55, 0.05), hashtags: [c.hashtag] }));
      }
    }
  }
  return out;
}

export function eventMentions(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  return [
    ...crisis(rng.fork('crisis'), pool, days),
    ...autumnLaunch(rng.fork('autumn'), pool, days),
    ...trailStories(rng.fork('trail-stories'), pool, days),
    ...otherCampaigns(rng.fork('campaigns'), pool, days),
  ];
}
