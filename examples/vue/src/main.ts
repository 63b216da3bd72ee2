import { createApp } from 'vue';
// Defines every Klar element and brings their types for templates (attributes, `@klar-…` events).
import 'klar-elements/vue';
import App from './App.vue';

createApp(App).mount('#app');
