// Publishes an element's height as a CSS custom property on the root, so what sticks below it
// (the view tabs under the toolbar) and the scroll padding follow its real height: the toolbar is
// one row or two depending on the width, the language and the text size, never a fixed offset.
import { useLayoutEffect, type RefObject } from 'react';

export function useElementHeight(ref: RefObject<HTMLElement | null>, property: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(property, `${el.getBoundingClientRect().height}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(property);
    };
  }, [ref, property]);
}
