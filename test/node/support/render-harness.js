// Loaded, after one build's dist/ogp-widgets.js, by the page of test/node/support/before-reports.mjs:
// renders one element with the given attributes and serialises what it shows. It defines no element.
import {settled} from './serialise.js';

/**
 * Renders `<tag attrs…>` in a container of language `lang` and resolves, once it has settled, to
 * its serialisation without stylesheets, leaving out the elements that match `skip`.
 */
window.renderElement = async (tag, attributes, lang, skip) => {
  const container = document.createElement('div');
  container.lang = lang;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  document.body.append(container);
  try {
    return await settled(container, {label: `${tag} ${JSON.stringify(attributes)} (${lang})`, styles: false, skip});
  } finally {
    container.remove();
  }
};
