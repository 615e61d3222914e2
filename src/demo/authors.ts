/**
 * The people and sites that talk: a pool of fictional authors (with followers, country, language,
 * how active they are and how they lean), and the news sites, blogs and forums of the outdoor
 * scene. Some authors are steady advocates or detractors of the brand, on purpose.
 */
import { Rng, WeightedTable } from './random.ts';

export interface Author {
  name: string;
  handle: string;
  followers: number;
  country: string;
  language: string;
  /** 'advocate' and 'detractor' authors talk about Alpenglow often and with a fixed tone. */
  leaning: 'none' | 'advocate' | 'detractor';
}

const FIRST = [
  'Anna', 'Lukas', 'Sophie', 'Felix', 'Marie', 'Jonas', 'Lea', 'Paul', 'Hannah', 'Elias', 'Laura', 'Noah',
  'Julia', 'Leon', 'Clara', 'Finn', 'Emma', 'Max', 'Lina', 'David', 'Sarah', 'Tobias', 'Nina', 'Simon',
  'Katharina', 'Moritz', 'Johanna', 'Florian', 'Theresa', 'Matthias', 'Vreni', 'Urs', 'Reto', 'Nadine',
  'Oliver', 'Grace', 'Harry', 'Chloe', 'James', 'Amelia', 'Ethan', 'Olivia', 'Liam', 'Ava', 'Daan', 'Sanne',
  'Giulia', 'Marco', 'Chiara', 'Luca', 'Ingrid', 'Erik', 'Priya', 'Omar', 'Yuki', 'Mateo', 'Zoe', 'Kai',
];
const LAST = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz',
  'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Huber', 'Gruber', 'Steiner', 'Moser', 'Brunner', 'Keller',
  'Frei', 'Baumann', 'Lehmann', 'Kaiser', 'Brandt', 'Winter', 'Sommer', 'Berger', 'Hartmann', 'Smith',
  'Jones', 'Taylor', 'Brown', 'Walker', 'Evans', 'Hughes', 'de Vries', 'Jansen', 'Rossi', 'Bianchi',
  'Ferrari', 'Nilsson', 'Berg', 'Patel', 'Haddad', 'Tanaka', 'García', 'Novak', 'Kowalski', 'Ó Briain',
];
const HANDLE_SUFFIX = ['', '', '_', '.', 'outdoors', 'runs', 'hikes', 'trails', '_alps', 'climbs', 'mtn', 'wild'];

const COUNTRIES: [string, number][] = [
  ['Germany', 45], ['Austria', 12], ['Switzerland', 10], ['United Kingdom', 12], ['United States', 9],
  ['Netherlands', 5], ['Italy', 5], ['Sweden', 2],
];
const LANGUAGE_OF: Record<string, [string, number][]> = {
  Germany: [['de', 78], ['en', 22]],
  Austria: [['de', 82], ['en', 18]],
  Switzerland: [['de', 70], ['en', 20], ['fr', 10]],
  'United Kingdom': [['en', 100]],
  'United States': [['en', 100]],
  Netherlands: [['nl', 55], ['en', 45]],
  Italy: [['it', 60], ['en', 40]],
  Sweden: [['sv', 40], ['en', 60]],
};

function asciiHandle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface AuthorPool {
  all: Author[];
  /** Draws an author weighted by how active they are. */
  anyone: WeightedTable<Author>;
  advocates: Author[];
  detractors: Author[];
}

export function buildAuthors(rng: Rng, size = 9000): AuthorPool {
  const used = new Set<string>();
  const all: Author[] = [];
  const weights: number[] = [];
  for (let i = 0; i < size; i++) {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    let handle = '';
    for (let attempt = 0; attempt < 20 && (handle === '' || used.has(handle)); attempt++) {
      const style = rng.int(4);
      const base =
        style === 0 ? `${asciiHandle(first)}${asciiHandle(last)}` :
        style === 1 ? `${asciiHandle(first)}_${asciiHandle(last)}` :
        style === 2 ? `${asciiHandle(first)}${rng.pick(HANDLE_SUFFIX)}` :
        `${asciiHandle(first).slice(0, 1)}${asciiHandle(last)}`;
      handle = `${base}${attempt > 0 || style === 2 ? rng.between(1, 999) : ''}`.replace(/[._]$/, '');
    }
    used.add(handle);
    const country = rng.weighted(COUNTRIES);
    const followers = Math.min(2_500_000, Math.round(rng.lognormal(520, 1.55)));
    const roll = rng.next();
    const leaning = roll < 0.004 ? 'detractor' : roll < 0.014 ? 'advocate' : 'none';
    all.push({ name: `${first} ${last}`, handle, followers, country, language: rng.weighted(LANGUAGE_OF[country]), leaning });
    weights.push(1 / (i + 25) ** 0.85);
  }
  return {
    all,
    anyone: new WeightedTable(all, weights),
    advocates: all.filter((a) => a.leaning === 'advocate'),
    detractors: all.filter((a) => a.leaning === 'detractor'),
  };
}

export interface Site {
  domain: string;
  name: string;
  kind: 'news' | 'blog' | 'forum' | 'review';
  /** Monthly visits, the "reach" of an article on it. */
  monthlyVisits: number;
  language: string;
  country: string;
}

export const SITES: Site[] = [
  { domain: 'news.example', name: 'Outdoor News Daily', kind: 'news', monthlyVisits: 2_400_000, language: 'en', country: 'United Kingdom' },
  { domain: 'bergwelt-magazin.example', name: 'Bergwelt Magazin', kind: 'news', monthlyVisits: 860_000, language: 'de', country: 'Germany' },
  { domain: 'alpinetimes.example', name: 'Alpine Times', kind: 'news', monthlyVisits: 540_000, language: 'en', country: 'Switzerland' },
  { domain: 'gearjournal.example', name: 'Gear Journal', kind: 'news', monthlyVisits: 1_150_000, language: 'en', country: 'United States' },
  { domain: 'draussen-heute.example', name: 'Draußen heute', kind: 'news', monthlyVisits: 310_000, language: 'de', country: 'Austria' },
  { domain: 'ultralightdiaries.example', name: 'Ultralight Diaries', kind: 'blog', monthlyVisits: 95_000, language: 'en', country: 'Germany' },
  { domain: 'huettenhopping.example', name: 'Hüttenhopping', kind: 'blog', monthlyVisits: 41_000, language: 'de', country: 'Austria' },
  { domain: 'trailnotes.example', name: 'Trail Notes', kind: 'blog', monthlyVisits: 63_000, language: 'en', country: 'United Kingdom' },
  { domain: 'ultraleicht-forum.example', name: 'Ultraleicht-Forum', kind: 'forum', monthlyVisits: 120_000, language: 'de', country: 'Germany' },
  { domain: 'trailtalk.example', name: 'TrailTalk', kind: 'forum', monthlyVisits: 210_000, language: 'en', country: 'United States' },
  { domain: 'reviews.example', name: 'Reviews', kind: 'review', monthlyVisits: 3_100_000, language: 'en', country: 'Germany' },
];
