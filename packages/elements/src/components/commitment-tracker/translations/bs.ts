import { dueWordsBs } from '@hapur/sdk/rules';
import type { CommitmentTrackerTranslation } from './tracker-translation.js';
import milestoneStatusNames from '../../../translations/milestones/bs.js';
import { sentence } from '../../../translations/sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');
const count = (n: number, one: string, few: string, other: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : other}`;
};
const milestones = (n: number) => count(n, 'ključnog koraka', 'ključna koraka', 'ključnih koraka');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: CommitmentTrackerTranslation = {
  ...bosnianSerbian,
  due: dueWordsBs,
  planStatus: (s) => ({ draft: 'Nacrt', adopted: 'Usvojen', in_implementation: 'U provedbi', completed: 'Završen' })[s],
  overallProgress: 'Ukupni napredak',
  milestonesComplete: (c, t) => `Završeno ${c} od ${milestones(t)}`,
  dueThisQuarter: (n) => `${n} s rokom u ovom tromjesečju`,
  overdue: (n) => `${n} s isteklim rokom`,
  lastUpdated: (date) => sentence(`Podaci su posljednji put ažurirani ${date}`),
  demonstrationNote:
    'Demonstracioni podaci: ovdje prikazani napredak je izmišljen da pokaže kako praćenje funkcioniše. Institucije ga nisu prijavile.',
  ogpValues: 'OGP vrijednosti',
  ogpValue: (v) =>
    ({
      access_to_information: 'Pristup informacijama',
      transparency: 'Transparentnost',
      civic_participation: 'Učešće građana',
      public_accountability: 'Javna odgovornost',
      technology_innovation: 'Tehnologija i inovacije',
    })[v],
  commitmentStatus: (s) =>
    ({
      not_started: 'Nije započeto',
      in_progress: 'U toku',
      delayed: 'Kasni',
      complete: 'Završeno',
      withdrawn: 'Povučeno',
    })[s],
  milestoneStatus: (s) => milestoneStatusNames[s],
  progressText: (p, c, t) => `${p}% (završeno ${c} od ${milestones(t)})`,
  noMilestones: 'Još nema objavljenih ključnih koraka',
  milestones: 'Ključni koraci',
  dueReading: 'Tumačeno kao',
  overdueBadge: 'Rok istekao',
  dueBadge: 'Rok u ovom tromjesečju',
  latestUpdate: (date) => `Posljednji izvještaj o napretku (${date})`,
  filters: 'Filtriranje i sortiranje',
  filterValue: 'OGP vrijednost',
  allValues: 'Sve vrijednosti',
  searchHint: 'Riječi iz naslova, ključnog koraka ili naziva institucije.',
  sort: 'Sortiraj po',
  sortKey: (k) =>
    ({
      number: 'Broj',
      title: 'Naslov',
      status: 'Status',
      'progress-asc': 'Napredak (najmanji prvo)',
      'progress-desc': 'Napredak (najveći prvo)',
    })[k],
  resultCount: (shown, total) => `Prikazano ${shown} od ${count(total, 'obaveze', 'obaveze', 'obaveza')}`,
  downloadFailed: 'Preuzimanje nije moglo početi.',
  timeline: 'Vremenska linija po tromjesečjima',
  unplaced: 'Ključni koraci bez datuma koji možemo smjestiti',
  unplacedNote:
    'Plan ne navodi ove datume u obliku koji se može smjestiti u kalendar, pa su ovdje navedeni kako su napisani.',
  csvColumns: {
    ...bosnianSerbian.csvColumns,
    commitmentTitle: 'Naslov obaveze',
    milestoneTitle: 'Naslov ključnog koraka',
  },
};

export default bs;
