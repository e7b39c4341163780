import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../shared/dates/isoDate';
import { createListState, queryFilters } from '../../../../../renderer/screens/documents/listState';

describe('list state', () => {
  it('starts with no filters, newest issue date first, on the first page, nothing selected', () => {
    const state = createListState().getState();
    expect(state).toMatchObject({
      search: '',
      status: '',
      customerId: '',
      from: null,
      to: null,
      sort: { by: 'issueDate', direction: 'desc' },
      offset: 0,
      selected: [],
    });
  });

  it('goes back to the first page when a filter changes', () => {
    const list = createListState();
    list.getState().setOffset(100);
    list.getState().setFilter('status', 'overdue');
    expect(list.getState()).toMatchObject({ status: 'overdue', offset: 0 });
    list.getState().setOffset(50);
    list.getState().setFilter('from', isoDate('2026-01-01'));
    expect(list.getState()).toMatchObject({ from: '2026-01-01', offset: 0 });
  });

  it('sorts a new column in its natural order and flips it when chosen again', () => {
    const list = createListState();
    list.getState().setOffset(50);
    list.getState().sortBy('customer');
    expect(list.getState()).toMatchObject({
      sort: { by: 'customer', direction: 'asc' },
      offset: 0,
    });
    list.getState().sortBy('customer');
    expect(list.getState().sort).toEqual({ by: 'customer', direction: 'desc' });
    list.getState().sortBy('total');
    expect(list.getState().sort).toEqual({ by: 'total', direction: 'desc' });
    list.getState().sortBy('total');
    expect(list.getState().sort).toEqual({ by: 'total', direction: 'asc' });
    // The issue date is already the order: choosing it flips it to oldest first.
    const fresh = createListState();
    fresh.getState().sortBy('issueDate');
    expect(fresh.getState().sort).toEqual({ by: 'issueDate', direction: 'asc' });
  });

  it('selects and unselects rows one by one or all at once', () => {
    const list = createListState();
    list.getState().toggle('a');
    list.getState().toggle('b');
    expect(list.getState().selected).toEqual(['a', 'b']);
    list.getState().toggle('a');
    expect(list.getState().selected).toEqual(['b']);
    list.getState().setSelected(['x', 'y']);
    expect(list.getState().selected).toEqual(['x', 'y']);
  });

  it('clears the filters but keeps the order and the selection', () => {
    const list = createListState();
    const { setFilter } = list.getState();
    setFilter('search', 'acme');
    setFilter('status', 'paid');
    setFilter('customerId', 'cust-1');
    setFilter('from', isoDate('2026-01-01'));
    setFilter('to', isoDate('2026-01-31'));
    list.getState().sortBy('number');
    list.getState().toggle('a');
    list.getState().setOffset(50);
    list.getState().reset();
    expect(list.getState()).toMatchObject({
      search: '',
      status: '',
      customerId: '',
      from: null,
      to: null,
      offset: 0,
      sort: { by: 'number', direction: 'asc' },
      selected: ['a'],
    });
  });

  it('keeps each list’s state apart', () => {
    const invoices = createListState();
    const quotes = createListState();
    invoices.getState().setFilter('search', 'acme');
    expect(quotes.getState().search).toBe('');
  });
});

describe('queryFilters', () => {
  it('passes no filter for empty fields', () => {
    expect(
      queryFilters({ search: '  ', status: '', customerId: '', from: null, to: null }),
    ).toEqual({
      search: undefined,
      status: undefined,
      customerId: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it('passes the filters that are set, the search as typed', () => {
    expect(
      queryFilters({
        search: ' Acme',
        status: 'open',
        customerId: 'cust-1',
        from: isoDate('2026-01-01'),
        to: isoDate('2026-03-31'),
      }),
    ).toEqual({
      search: ' Acme',
      status: 'open',
      customerId: 'cust-1',
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });
});
