import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dragHasFiles, droppedFile } from './glossary-file.ts';

export interface FileDrop {
  /** A drag carrying files is over the target. */
  dragging: boolean;
  /** The element that takes the drop. */
  target: RefObject<HTMLDivElement>;
}

/**
 * Makes an element take dropped files. Only drags that carry files light it up (text or a link
 * dragged across does nothing), and a file dropped just beside it does not make the browser
 * leave the options page to show the file. Listeners go on with addEventListener, not Preact's
 * on… props, which need the element to have an `ondragenter` property to get the event name right.
 */
export function useFileDrop(onFile: (file: File) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  const target = useRef<HTMLDivElement>(null);
  const latest = useRef(onFile);
  latest.current = onFile;

  useEffect(() => {
    const el = target.current;
    const doc = el?.ownerDocument;
    if (!el || !doc) return;
    // dragenter/dragleave fire for every child crossed; count them to know when the drag really left.
    let depth = 0;
    const accept = (event: DragEvent): boolean => {
      if (!dragHasFiles(event.dataTransfer)) return false;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      return true;
    };
    const enter = (event: DragEvent): void => {
      if (!accept(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => void accept(event);
    const leave = (): void => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = droppedFile(event.dataTransfer);
      if (file !== null) latest.current(file);
    };
    const keep = (event: DragEvent): void => {
      if (dragHasFiles(event.dataTransfer)) event.preventDefault();
    };
    const listeners: Array<[EventTarget, string, (event: DragEvent) => void]> = [
      [el, 'dragenter', enter],
      [el, 'dragover', over],
      [el, 'dragleave', leave],
      [el, 'drop', drop],
      [doc, 'dragover', keep],
      [doc, 'drop', keep],
    ];
    for (const [on, type, fn] of listeners) on.addEventListener(type, fn as EventListener);
    return () => {
      for (const [on, type, fn] of listeners) on.removeEventListener(type, fn as EventListener);
    };
  }, []);

  return { dragging, target };
}
