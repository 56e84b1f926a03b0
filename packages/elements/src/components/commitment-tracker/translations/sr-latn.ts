import { dueWordsSrLatn } from '@hapur/sdk/rules';
import type { CommitmentTrackerTranslation } from './tracker-translation.js';
import milestoneStatusNames from '../../../translations/milestones/sr-latn.js';
import { sentence } from '../../../translations/sentence.js';

const plural = new Intl.PluralRules('sr-Latn');
const count = (n: number, one: string, few: string, other: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : other}`;
};
const milestones = (n: number) => count(n, 'ključnog koraka', 'ključna koraka', 'ključnih koraka');

const srLatn: CommitmentTrackerTranslation = {
  due: dueWordsSrLatn,
  trackerEmpty: 'Ovaj akcioni plan još nema obaveza.',
  commitmentNotFound: (n) => `Ovaj plan nema obavezu broj ${n}.`,
  planStatus: (s) =>
    ({ draft: 'Nacrt', adopted: 'Usvojen', in_implementation: 'U sprovođenju', completed: 'Završen' })[s],
  period: 'Period',
  coordinatingInstitution: 'Institucija koordinator',
  overallProgress: 'Ukupan napredak',
  milestonesComplete: (c, t) => `Završeno ${c} od ${milestones(t)}`,
  dueThisQuarter: (n) => `${n} sa rokom u ovom tromesečju`,
  overdue: (n) => `${n} sa isteklim rokom`,
  undated: (n) => `${n} bez datuma`,
  lastUpdated: (date) => sentence(`Podaci su poslednji put ažurirani ${date}`),
  demonstrationNote:
    'Demonstracioni podaci: ovde prikazan napredak je izmišljen da pokaže kako praćenje funkcioniše. Institucije ga nisu prijavile.',
  consultationOpen: 'Ovaj plan je nacrt otvoren za javne komentare.',
  commitmentsHeading: 'Obaveze',
  componentOther: 'Ostale obaveze',
  commitmentLabel: (n) => `Obaveza ${n}`,
  lead: 'Vodeća institucija',
  ogpValues: 'Vrednosti OGP-a',
  ogpValue: (v) =>
    ({
      access_to_information: 'Pristup informacijama',
      transparency: 'Transparentnost',
      civic_participation: 'Građansko učešće',
      public_accountability: 'Javna odgovornost',
      technology_innovation: 'Tehnologija i inovacije',
    })[v],
  status: 'Status',
  commitmentStatus: (s) =>
    ({
      not_started: 'Nije započeta',
      in_progress: 'U toku',
      delayed: 'Kasni',
      complete: 'Završena',
      withdrawn: 'Povučena',
    })[s],
  milestoneStatus: (s) => milestoneStatusNames[s],
  progressOf: (n) => `Napredak obaveze ${n}`,
  progressText: (p, c, t) => `${p}% (završeno ${c} od ${milestones(t)})`,
  noMilestones: 'Ključni koraci još nisu objavljeni',
  shortDescription: 'Kratak opis',
  problem: 'Problem',
  expectedResults: 'Očekivani rezultati',
  supportingActors: 'Akteri podrške',
  sector: (s) => ({ government: 'Vlada', civil_society: 'Civilno društvo', other: 'Ostali akteri' })[s],
  budget: 'Budžet',
  milestones: 'Ključni koraci',
  milestoneLabel: (n) => `Ključni korak ${n}`,
  dueAsWritten: 'Rok (kako je napisan u planu)',
  dueReading: 'Tumači se kao',
  overdueBadge: 'Rok je istekao',
  dueBadge: 'Rok u ovom tromesečju',
  latestUpdate: (date) => `Poslednje ažuriranje napretka (${date})`,
  evidence: 'Dokazi',
  giveFeedback: 'Dajte mišljenje o ovoj obavezi',
  comments: 'Objavljeni komentari',
  filters: 'Filtriranje i redosled',
  filterStatus: 'Status',
  allStatuses: 'Svi statusi',
  filterInstitution: 'Vodeća institucija',
  allInstitutions: 'Sve institucije',
  filterValue: 'Vrednost OGP-a',
  allValues: 'Sve vrednosti',
  search: 'Pretraga obaveza',
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
  clearFilters: 'Poništi filtere',
  resultCount: (shown, total) => `Prikazano ${shown} od ${count(total, 'obaveze', 'obaveze', 'obaveza')}`,
  noMatches: 'Nijedna obaveza ne odgovara ovim filterima.',
  view: 'Prikaz',
  viewList: 'Lista',
  viewTimeline: 'Vremenska linija',
  download: 'Preuzmi ovaj prikaz',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadFailed: 'Preuzimanje nije moglo da počne.',
  timeline: 'Vremenska linija po tromesečjima',
  timelineTable: 'Vremenska linija kao tabela',
  quarter: (q, y) => `K${q} ${y}`,
  quarterShort: (q) => `K${q}`,
  timelineSpan: 'traje tokom ovog perioda',
  unplaced: 'Ključni koraci bez datuma koji se može smestiti',
  unplacedNote:
    'Plan ne daje ove datume u obliku koji se može smestiti u kalendar, pa su ovde navedeni kako su napisani.',
  timelineEmpty: 'Nema ključnih koraka za vremensku liniju.',
  milestone: 'Ključni korak',
  commitment: 'Obaveza',
  when: 'Kada',
  csvColumns: {
    commitment: 'Obaveza',
    commitmentTitle: 'Naziv obaveze',
    lead: 'Vodeća institucija',
    status: 'Status',
    progress: 'Napredak %',
    milestone: 'Ključni korak',
    milestoneTitle: 'Naziv ključnog koraka',
    dueAsWritten: 'Rok kako je napisan',
    dueFrom: 'Rok od',
    dueBy: 'Rok do',
    milestoneStatus: 'Status ključnog koraka',
    milestoneProgress: 'Napredak ključnog koraka %',
    milestoneLead: 'Nosilac ključnog koraka',
  },
};

export default srLatn;
