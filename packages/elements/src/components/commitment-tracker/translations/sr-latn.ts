import { dueWordsSrLatn } from '@hapur/sdk/rules';
import type { CommitmentTrackerTranslation } from './tracker-translation.js';
import milestoneStatusNames from '../../../translations/milestones/sr-latn.js';
import { sentence } from '../../../translations/sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('sr-Latn');
const count = (n: number, one: string, few: string, other: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : other}`;
};
const milestones = (n: number) => count(n, 'ključnog koraka', 'ključna koraka', 'ključnih koraka');

const srLatn: CommitmentTrackerTranslation = {
  ...bosnianSerbian,
  due: dueWordsSrLatn,
  planStatus: (s) =>
    ({ draft: 'Nacrt', adopted: 'Usvojen', in_implementation: 'U sprovođenju', completed: 'Završen' })[s],
  overallProgress: 'Ukupan napredak',
  milestonesComplete: (c, t) => `Završeno ${c} od ${milestones(t)}`,
  dueThisQuarter: (n) => `${n} sa rokom u ovom tromesečju`,
  overdue: (n) => `${n} sa isteklim rokom`,
  lastUpdated: (date) => sentence(`Podaci su poslednji put ažurirani ${date}`),
  demonstrationNote:
    'Demonstracioni podaci: ovde prikazan napredak je izmišljen da pokaže kako praćenje funkcioniše. Institucije ga nisu prijavile.',
  ogpValues: 'Vrednosti OGP-a',
  ogpValue: (v) =>
    ({
      access_to_information: 'Pristup informacijama',
      transparency: 'Transparentnost',
      civic_participation: 'Građansko učešće',
      public_accountability: 'Javna odgovornost',
      technology_innovation: 'Tehnologija i inovacije',
    })[v],
  commitmentStatus: (s) =>
    ({
      not_started: 'Nije započeta',
      in_progress: 'U toku',
      delayed: 'Kasni',
      complete: 'Završena',
      withdrawn: 'Povučena',
    })[s],
  milestoneStatus: (s) => milestoneStatusNames[s],
  progressText: (p, c, t) => `${p}% (završeno ${c} od ${milestones(t)})`,
  noMilestones: 'Ključni koraci još nisu objavljeni',
  milestones: 'Ključni koraci',
  dueReading: 'Tumači se kao',
  overdueBadge: 'Rok je istekao',
  dueBadge: 'Rok u ovom tromesečju',
  latestUpdate: (date) => `Poslednje ažuriranje napretka (${date})`,
  filters: 'Filtriranje i redosled',
  filterValue: 'Vrednost OGP-a',
  allValues: 'Sve vrednosti',
  searchHint: 'Reči iz naslova, ključnog koraka ili naziva institucije.',
  sort: 'Poređaj po',
  sortKey: (k) =>
    ({
      number: 'Broju',
      title: 'Naslovu',
      status: 'Statusu',
      'progress-asc': 'Napretku (najmanji prvo)',
      'progress-desc': 'Napretku (najveći prvo)',
    })[k],
  resultCount: (shown, total) => `Prikazano ${shown} od ${count(total, 'obaveze', 'obaveze', 'obaveza')}`,
  downloadFailed: 'Preuzimanje nije moglo da počne.',
  timeline: 'Vremenska linija po tromesečjima',
  unplaced: 'Ključni koraci bez datuma koji se može smestiti',
  unplacedNote:
    'Plan ne daje ove datume u obliku koji se može smestiti u kalendar, pa su ovde navedeni kako su napisani.',
  csvColumns: {
    ...bosnianSerbian.csvColumns,
    commitmentTitle: 'Naziv obaveze',
    milestoneTitle: 'Naziv ključnog koraka',
  },
};

export default srLatn;
