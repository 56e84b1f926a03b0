import type { CommitmentTrackerTranslation } from './tracker-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  trackerEmpty: 'Ovaj akcioni plan još nema obaveza.',
  commitmentNotFound: (n) => `Ovaj plan nema obavezu broj ${n}.`,
  period: 'Period',
  coordinatingInstitution: 'Institucija koordinator',
  undated: (n) => `${n} bez datuma`,
  demonstrationPlanNote:
    'Demonstracioni podaci: ovaj plan je izmišljen da pokaže kako praćenje funkcioniše. To nije akcioni plan nijedne vlade.',
  csvDemonstration: 'Demonstracioni podaci',
  consultationOpen: 'Ovaj plan je nacrt otvoren za javne komentare.',
  commitmentsHeading: 'Obaveze',
  componentOther: 'Ostale obaveze',
  commitmentLabel: (n) => `Obaveza ${n}`,
  lead: 'Vodeća institucija',
  status: 'Status',
  progressOf: (n) => `Napredak obaveze ${n}`,
  shortDescription: 'Kratak opis',
  problem: 'Problem',
  expectedResults: 'Očekivani rezultati',
  supportingActors: 'Akteri podrške',
  sector: (s) => ({ government: 'Vlada', civil_society: 'Civilno društvo', other: 'Ostali akteri' })[s],
  budget: 'Budžet',
  milestoneLabel: (n) => `Ključni korak ${n}`,
  dueAsWritten: 'Rok (kako je napisan u planu)',
  evidence: 'Dokazi',
  giveFeedback: 'Dajte mišljenje o ovoj obavezi',
  comments: 'Objavljeni komentari',
  filterStatus: 'Status',
  allStatuses: 'Svi statusi',
  filterInstitution: 'Vodeća institucija',
  allInstitutions: 'Sve institucije',
  search: 'Pretraga obaveza',
  clearFilters: 'Poništi filtere',
  noMatches: 'Nijedna obaveza ne odgovara ovim filterima.',
  view: 'Prikaz',
  viewList: 'Lista',
  viewTimeline: 'Vremenska linija',
  download: 'Preuzmi ovaj prikaz',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  timelineTable: 'Vremenska linija kao tabela',
  quarter: (q, y) => `K${q} ${y}`,
  quarterShort: (q) => `K${q}`,
  timelineSpan: 'traje tokom ovog perioda',
  timelineEmpty: 'Nema ključnih koraka za vremensku liniju.',
  milestone: 'Ključni korak',
  commitment: 'Obaveza',
  when: 'Kada',
  csvColumns: {
    commitment: 'Obaveza',
    lead: 'Vodeća institucija',
    status: 'Status',
    progress: 'Napredak %',
    milestone: 'Ključni korak',
    dueAsWritten: 'Rok kako je napisan',
    dueFrom: 'Rok od',
    dueBy: 'Rok do',
    milestoneStatus: 'Status ključnog koraka',
    milestoneProgress: 'Napredak ključnog koraka %',
    milestoneLead: 'Nosilac ključnog koraka',
  },
} satisfies {
  readonly [K in keyof CommitmentTrackerTranslation]?: CommitmentTrackerTranslation[K] extends
    string | ((...args: never[]) => unknown)
    ? CommitmentTrackerTranslation[K]
    : Partial<CommitmentTrackerTranslation[K]>;
};

export default bosnianSerbian;
