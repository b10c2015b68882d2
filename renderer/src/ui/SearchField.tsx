import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import { TextField } from './TextField';

/** How long typing pauses before a search runs. */
const SEARCH_DELAY_MS = 300;

export interface SearchFieldProps {
  label: string;
  /** The search that is running now; a change from outside ("Clear search") shows in the field. */
  search: string;
  /** Called once the owner pauses typing, with what the field holds. */
  onSearch: (search: string) => void;
}

/** A labelled search box that searches as the owner types, once per pause. */
export function SearchField({ label, search, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(search);
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS);

  // Only the owner's typing searches, once it settles; a search changed from outside ("Clear
  // search") is shown in the field, and searching again for it would be a wasted load.
  useEffect(() => {
    if (settled !== search) onSearch(settled);
  }, [settled]);
  useEffect(() => setText(search), [search]);

  return <TextField label={label} type="search" value={text} onChange={setText} />;
}
