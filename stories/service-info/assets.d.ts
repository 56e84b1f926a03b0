// Vite turns CSS imports into injected stylesheets (the theme examples).
declare module '*.css';
