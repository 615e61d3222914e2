/**
 * What people write: short templates per kind of tracked name, tone and language. Some texts
 * carry commas, "quotes" and line breaks on purpose, so the exports exercise CSV quoting.
 */
import type { Rng } from './random.ts';
import type { TrackedKind } from './world.ts';

type Tone = 'positive' | 'neutral' | 'negative';
type Lang = 'en' | 'de';

const T: Record<'name' | 'topic' | 'person', Record<Lang, Record<Tone, string[]>>> = {
  name: {
    en: {
      positive: [
        'Three days of rain and the {thing} kept me dry. Impressed, {name}.',
        'Finally tried the {thing} from {name} — light, warm, and it packs down tiny.',
        'Shout-out to {name} customer service, swapped my size in two days!',
        'New {thing} arrived. First hike this weekend, can\'t wait',
        '{name} just gets it. The {thing} is "buy it once" gear.',
        'Summit sunrise in the {thing}.\nWorth every cent.',
        'If you are on the fence about the {thing}: do it. 400 km in and still going.',
      ],
      neutral: [
        'Anyone compared the {thing} with last year\'s model? Thinking about it.',
        'Saw the {name} stand at the trailhead today, they had the {thing} on display',
        'Is the {thing} from {name} true to size? I\'m between M and L.',
        '{name} opened a new store in Munich, same range as online as far as I can tell',
        'Packing list for the weekend: {thing}, stove, "too many" snacks.',
        'Question for the group: how do you wash a {thing} without ruining the coating?',
        'Read a long review of the {thing} by {name}, mixed feelings, will see in store',
      ],
      negative: [
        'Second {thing} from {name} and the zipper failed again. Not ok.',
        'Waited 3 weeks for a reply from {name} support. Still nothing.',
        'The {thing} soaked through after an hour of drizzle. Disappointed, {name}.',
        'Price went up again, quality went down. {name}, what happened?',
        '"Lifetime quality" they said. Seams coming apart on my {thing} after one season.',
        'Returned the {thing}. Fit is weird and the hood blocks your view.',
      ],
    },
    de: {
      positive: [
        'Drei Tage Regen und die {thing} hat gehalten. Stark, {name}!',
        'Endlich die {thing} von {name} getestet: leicht, warm, winzig verpackt.',
        'Großes Lob an den Service von {name}, Umtausch in zwei Tagen.',
        'Sonnenaufgang am Gipfel, mit der {thing}.\nJeden Euro wert.',
      ],
      neutral: [
        'Hat jemand die {thing} mit dem Vorjahresmodell verglichen?',
        'Fällt die {thing} von {name} normal aus? Ich schwanke zwischen M und L.',
        'Packliste fürs Wochenende: {thing}, Kocher, "zu viele" Snacks.',
        '{name} hat einen neuen Laden in München, gleiche Auswahl wie online',
      ],
      negative: [
        'Zweite {thing} von {name} und wieder ist der Reißverschluss kaputt.',
        'Seit drei Wochen keine Antwort vom Support von {name}. Schwach.',
        'Die {thing} war nach einer Stunde Nieselregen durch. Enttäuscht.',
        'Preis rauf, Qualität runter. Was ist los, {name}?',
      ],
    },
  },
  topic: {
    en: {
      positive: [
        'Got my base weight under 4 kg this season. {thing} made the biggest difference.',
        'Best morning on the trail in months, {thing} and nobody else around',
        'Ultralight is not about suffering, it\'s about freedom. Change my mind.',
        'Finished my first ultra!\nLegs are done, heart is full.',
      ],
      neutral: [
        'What\'s your take on {thing} for alpine routes?',
        'Thread: gear lists for a 5-day hut tour, post yours',
        'Trying to decide between {thing} and a classic setup. Pros, cons?',
        'Weather looks unstable for the weekend, plan B is a shorter loop',
      ],
      negative: [
        'Rolled my ankle on a technical descent, {thing} did not help. Out for a week.',
        'Trail closed again because of erosion, please stay on the path, people',
      ],
    },
    de: {
      positive: [
        'Basisgewicht endlich unter 4 kg. {thing} hat den größten Unterschied gemacht.',
        'Bester Morgen seit Monaten auf dem Trail, {thing} und niemand sonst unterwegs',
      ],
      neutral: [
        'Was haltet ihr von {thing} für alpine Touren?',
        'Packlisten für eine 5-Tage-Hüttentour, her damit',
      ],
      negative: ['Knöchel umgeknickt beim Abstieg. Eine Woche Pause.'],
    },
  },
  person: {
    en: {
      positive: [
        'Loved the new video from {name}, that ridge line!',
        '{name} always explains gear choices so clearly. Subscribed.',
        'What a run by {name} this weekend. Inspiring.',
      ],
      neutral: [
        '{name} is speaking at the outdoor summit next month',
        'Interview with {name} about sustainable gear, link in bio',
        'Has {name} posted the full route yet?',
      ],
      negative: ['Not convinced by the latest take from {name}, feels like an ad.'],
    },
    de: {
      positive: ['Tolles neues Video von {name}, dieser Grat!', '{name} erklärt Ausrüstung einfach super verständlich.'],
      neutral: ['{name} spricht nächsten Monat beim Outdoor-Gipfel', 'Interview mit {name} über nachhaltige Ausrüstung'],
      negative: ['Der letzte Beitrag von {name} wirkt eher wie Werbung.'],
    },
  },
};

function family(kind: TrackedKind): 'name' | 'topic' | 'person' {
  if (kind === 'brand' || kind === 'competitor') return 'name';
  if (kind === 'topic') return 'topic';
  return 'person';
}

export function mentionText(rng: Rng, kind: TrackedKind, tone: Tone, lang: Lang, name: string, thing: string): string {
  const pool = T[family(kind)][lang][tone];
  return rng.pick(pool).replaceAll('{name}', name).replaceAll('{thing}', thing);
}

const TITLE_WORDS = {
  positive: ['Tested: why the {thing} won us over', 'Best of the season: {thing}', '{name} gets it right with the {thing}'],
  neutral: ['{name}: what is new this season', 'Long-term report: {thing}', 'Compared: {thing} and the alternatives'],
  negative: ['Problems with the {thing}? Readers report issues', '{name} under fire over quality', 'Why we returned the {thing}'],
};

export function mentionTitle(rng: Rng, tone: Tone, name: string, thing: string): string {
  return rng.pick(TITLE_WORDS[tone]).replaceAll('{name}', name).replaceAll('{thing}', thing);
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
