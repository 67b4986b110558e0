// Small types shared by presentational components.
export type Theme = 'auto' | 'light' | 'dark';
