import { dueWordsBs } from '@hapur/sdk/rules';
import type { CommitmentTrackerTranslation } from './tracker-translation.js';
import milestoneStatusNames from '../../../translations/milestones/bs.js';
import { sentence } from '../../../translations/sentence.js';

const plural = new Intl.PluralRules('bs');
const count = (n: number, one: string, few: string, other: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : other}`;
};
const milestones = (n: number) => count(n, 'ključnog koraka', 'ključna koraka', 'ključnih koraka');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: CommitmentTrackerTranslation = {
  due: dueWordsBs,
  trackerEmpty: 'Ovaj akcioni plan još nema obaveza.',
  commitmentNotFound: (n) => `Ovaj plan nema obavezu broj ${n}.`,
  planStatus: (s) => ({ draft: 'Nacrt', adopted: 'Usvojen', in_implementation: 'U provedbi', completed: 'Završen' })[s],
  period: 'Period',
  coordinatingInstitution: 'Institucija koordinator',
  overallProgress: 'Ukupni napredak',
  milestonesComplete: (c, t) => `Završeno ${c} od ${milestones(t)}`,
  dueThisQuarter: (n) => `${n} s rokom u ovom tromjesečju`,
  overdue: (n) => `${n} s isteklim rokom`,
  undated: (n) => `${n} bez datuma`,
  lastUpdated: (date) => sentence(`Podaci su posljednji put ažurirani ${date}`),
  demonstrationNote:
    'Demonstracioni podaci: ovdje prikazani napredak je izmišljen da pokaže kako praćenje funkcioniše. Institucije ga nisu prijavile.',
  consultationOpen: 'Ovaj plan je nacrt otvoren za javne komentare.',
  commitmentsHeading: 'Obaveze',
  componentOther: 'Ostale obaveze',
  commitmentLabel: (n) => `Obaveza ${n}`,
  lead: 'Vodeća institucija',
  ogpValues: 'OGP vrijednosti',
  ogpValue: (v) =>
    ({
      access_to_information: 'Pristup informacijama',
      transparency: 'Transparentnost',
      civic_participation: 'Učešće građana',
      public_accountability: 'Javna odgovornost',
      technology_innovation: 'Tehnologija i inovacije',
    })[v],
  status: 'Status',
  commitmentStatus: (s) =>
    ({
      not_started: 'Nije započeto',
      in_progress: 'U toku',
      delayed: 'Kasni',
      complete: 'Završeno',
      withdrawn: 'Povučeno',
    })[s],
  milestoneStatus: (s) => milestoneStatusNames[s],
  progressOf: (n) => `Napredak obaveze ${n}`,
  progressText: (p, c, t) => `${p}% (završeno ${c} od ${milestones(t)})`,
  noMilestones: 'Još nema objavljenih ključnih koraka',
  shortDescription: 'Kratak opis',
  problem: 'Problem',
  expectedResults: 'Očekivani rezultati',
  supportingActors: 'Akteri podrške',
  sector: (s) => ({ government: 'Vlada', civil_society: 'Civilno društvo', other: 'Ostali akteri' })[s],
  budget: 'Budžet',
  milestones: 'Ključni koraci',
  milestoneLabel: (n) => `Ključni korak ${n}`,
  dueAsWritten: 'Rok (kako je napisan u planu)',
  dueReading: 'Tumačeno kao',
  overdueBadge: 'Rok istekao',
  dueBadge: 'Rok u ovom tromjesečju',
  latestUpdate: (date) => `Posljednji izvještaj o napretku (${date})`,
  evidence: 'Dokazi',
  giveFeedback: 'Dajte mišljenje o ovoj obavezi',
  comments: 'Objavljeni komentari',
  filters: 'Filtriranje i sortiranje',
  filterStatus: 'Status',
  allStatuses: 'Svi statusi',
  filterInstitution: 'Vodeća institucija',
  allInstitutions: 'Sve institucije',
  filterValue: 'OGP vrijednost',
  allValues: 'Sve vrijednosti',
  search: 'Pretraga obaveza',
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
  clearFilters: 'Poništi filtere',
  resultCount: (shown, total) => `Prikazano ${shown} od ${count(total, 'obaveze', 'obaveze', 'obaveza')}`,
  noMatches: 'Nijedna obaveza ne odgovara ovim filterima.',
  view: 'Prikaz',
  viewList: 'Lista',
  viewTimeline: 'Vremenska linija',
  download: 'Preuzmi ovaj prikaz',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadFailed: 'Preuzimanje nije moglo početi.',
  timeline: 'Vremenska linija po tromjesečjima',
  timelineTable: 'Vremenska linija kao tabela',
  quarter: (q, y) => `K${q} ${y}`,
  quarterShort: (q) => `K${q}`,
  timelineSpan: 'traje tokom ovog perioda',
  unplaced: 'Ključni koraci bez datuma koji možemo smjestiti',
  unplacedNote:
    'Plan ne navodi ove datume u obliku koji se može smjestiti u kalendar, pa su ovdje navedeni kako su napisani.',
  timelineEmpty: 'Nema ključnih koraka za vremensku liniju.',
  milestone: 'Ključni korak',
  commitment: 'Obaveza',
  when: 'Kada',
  csvColumns: {
    commitment: 'Obaveza',
    commitmentTitle: 'Naslov obaveze',
    lead: 'Vodeća institucija',
    status: 'Status',
    progress: 'Napredak %',
    milestone: 'Ključni korak',
    milestoneTitle: 'Naslov ključnog koraka',
    dueAsWritten: 'Rok kako je napisan',
    dueFrom: 'Rok od',
    dueBy: 'Rok do',
    milestoneStatus: 'Status ključnog koraka',
    milestoneProgress: 'Napredak ključnog koraka %',
    milestoneLead: 'Nosilac ključnog koraka',
  },
};

export default bs;
