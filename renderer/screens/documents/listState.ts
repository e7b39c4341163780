import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type {
  DocumentListStatus,
  DocumentSort,
  DocumentSortField,
} from '../../data/documentQueries';

/** What a document list shows: its filters, sort order, page and selected rows. */
export type ListFilters = {
  search: string;
  status: DocumentListStatus | '';
  customerId: string;
  from: IsoDate | null;
  to: IsoDate | null;
};

export type ListState = ListFilters & {
  sort: DocumentSort;
  offset: number;
  selected: string[];
  setFilter: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  sortBy: (field: DocumentSortField) => void;
  setOffset: (offset: number) => void;
  toggle: (id: string) => void;
  setSelected: (ids: string[]) => void;
  /** Clears the filters; order and selection stay. */
  reset: () => void;
};

const INITIAL: ListFilters & Pick<ListState, 'sort' | 'offset' | 'selected'> = {
  search: '',
  status: '',
  customerId: '',
  from: null,
  to: null,
  sort: { by: 'issueDate', direction: 'desc' },
  offset: 0,
  selected: [],
};

/**
 * A store per list, kept while the app runs: back from an invoice, the list shows the same
 * filters, order and page. Changing a filter or the order goes back to the first page.
 */
export function createListState(): UseBoundStore<StoreApi<ListState>> {
  return create<ListState>((set) => ({
    ...INITIAL,
    setFilter: (key, value) => set({ [key]: value, offset: 0 } as Partial<ListState>),
    sortBy: (field) =>
      set((state) => ({
        offset: 0,
        sort: {
          by: field,
          // The same column again flips the order; a new column starts with its natural one.
          direction:
            state.sort.by === field
              ? state.sort.direction === 'asc'
                ? 'desc'
                : 'asc'
              : field === 'issueDate' || field === 'total'
                ? 'desc'
                : 'asc',
        },
      })),
    setOffset: (offset) => set({ offset }),
    toggle: (id) =>
      set((state) => ({
        selected: state.selected.includes(id)
          ? state.selected.filter((selected) => selected !== id)
          : [...state.selected, id],
      })),
    setSelected: (ids) => set({ selected: ids }),
    reset: () => set({ search: '', status: '', customerId: '', from: null, to: null, offset: 0 }),
  }));
}

/** The repository filter of the list's state ('' and null mean "any"). */
export function queryFilters(state: ListFilters) {
  return {
    search: state.search.trim() === '' ? undefined : state.search,
    status: state.status === '' ? undefined : state.status,
    customerId: state.customerId === '' ? undefined : state.customerId,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
  };
}
