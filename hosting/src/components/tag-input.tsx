'use client';

import { X } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface TagInputProps {
  id: string;
  tags: readonly string[];
  /** The text being typed; owned by the parent so a form can add it on submit. */
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Adds the text (which may hold several comma-separated items). */
  onCommit: (text: string) => void;
  onRemove: (index: number) => void;
  /** Suggestions for the current draft, already filtered. */
  suggestions: readonly string[];
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  onBlur?: () => void;
}

/** Highlights where the typed text occurs in a suggestion. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const at = text.toLowerCase().indexOf(query.trim().toLowerCase());
  if (at < 0 || query.trim() === '') return text;
  const end = at + query.trim().length;
  return (
    <>
      {text.slice(0, at)}
      <mark className="bg-transparent font-semibold text-slate-900">{text.slice(at, end)}</mark>
      {text.slice(end)}
    </>
  );
}

/**
 * A text input that turns what is typed into removable chips, with a suggestion list (the
 * ARIA combobox pattern, so arrow keys and screen readers work).
 */
export function TagInput({
  id,
  tags,
  draft,
  onDraftChange,
  onCommit,
  onRemove,
  suggestions,
  invalid = false,
  describedBy,
  placeholder,
  onBlur,
}: TagInputProps) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const open = focused && !dismissed && suggestions.length > 0;
  const activeIndex = open && active < suggestions.length ? active : -1;
  const optionId = (index: number) => `${listId}-option-${String(index)}`;

  function commit(text: string) {
    onCommit(text);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        if (suggestions.length === 0) return;
        event.preventDefault();
        setDismissed(false);
        setActive(Math.min(activeIndex + 1, suggestions.length - 1));
        return;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive(Math.max(activeIndex - 1, -1));
        return;
      case 'Enter': {
        const chosen = activeIndex >= 0 ? suggestions[activeIndex] : undefined;
        if (chosen !== undefined) {
          event.preventDefault();
          commit(chosen);
        } else if (draft.trim() !== '') {
          // Enter adds the item rather than submitting the form half-filled.
          event.preventDefault();
          commit(draft);
        }
        return;
      }
      case ',':
        event.preventDefault();
        if (draft.trim() !== '') commit(draft);
        return;
      case 'Backspace':
        if (draft === '' && tags.length > 0) {
          event.preventDefault();
          onRemove(tags.length - 1);
        }
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setDismissed(true);
        }
        return;
    }
  }

  return (
    <div className="relative mt-1">
      {/* Clicking the padding around the chips should still land in the text field. */}
      <div
        onMouseDown={(event) => {
          if (event.target === event.currentTarget) {
            event.preventDefault();
            inputRef.current?.focus();
          }
        }}
        className={`flex min-h-10.5 flex-wrap items-center gap-1.5 rounded-md border bg-white px-2 py-1.5 shadow-sm focus-within:ring-2 ${
          invalid
            ? 'border-red-400 focus-within:border-red-500 focus-within:ring-red-100'
            : 'border-slate-300 focus-within:border-brand-500 focus-within:ring-brand-100'
        }`}
      >
        {tags.length > 0 && (
          <ul aria-label="Selected technologies" className="contents">
            {tags.map((tag, index) => (
              <li
                key={tag}
                className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm font-medium text-brand-700"
              >
                {tag}
                <button
                  type="button"
                  aria-label={`Remove ${tag}`}
                  onClick={() => {
                    onRemove(index);
                    inputRef.current?.focus();
                  }}
                  className="rounded-full p-0.5 text-brand-600 hover:bg-brand-100 hover:text-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
                >
                  <X aria-hidden className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          value={draft}
          placeholder={tags.length === 0 ? placeholder : undefined}
          onChange={(event) => {
            const value = event.target.value;
            setDismissed(false);
            setActive(-1);
            // A pasted "Go, Rust, SQL" becomes three chips at once.
            if (value.includes(',')) onCommit(value);
            else onDraftChange(value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            setFocused(true);
          }}
          onBlur={() => {
            setFocused(false);
            setActive(-1);
            onBlur?.();
          }}
          className="min-w-32 flex-1 border-0 bg-transparent px-1 py-0.5 text-slate-900 placeholder:text-slate-400 focus:ring-0 focus:outline-none"
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested technologies"
        hidden={!open}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {open &&
          suggestions.map((suggestion, index) => (
            <li
              key={suggestion}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // Keeps focus in the input, so the list stays open and typing can go on.
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                commit(suggestion);
              }}
              onMouseEnter={() => {
                setActive(index);
              }}
              className={`cursor-pointer px-3 py-1.5 text-sm text-slate-700 ${
                index === activeIndex ? 'bg-brand-50 text-brand-700' : ''
              }`}
            >
              <Highlighted text={suggestion} query={draft} />
            </li>
          ))}
      </ul>
    </div>
  );
}
