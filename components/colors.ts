// The five highlight colours users pick from (lib/model's list), with their i18n label keys.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/model';
import type { MessageKey } from './i18n';

export const COLORS = HIGHLIGHT_COLORS;
export type Color = HighlightColor;

export const COLOR_LABEL: Record<Color, MessageKey> = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
};
