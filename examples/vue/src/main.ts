// Registers every <hapur-*> element once, before Vue renders them (so props land on defined elements).
import '@hapur/elements/all.js';
import { createApp } from 'vue';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
