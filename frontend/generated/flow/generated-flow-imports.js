import '@vaadin/card/src/vaadin-card.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '5fa6c73600488cc0ec9f249b73ccc0f17ca5a0b3b7e8802d57f44c6ad05693e4') {
    pending.push(import('./chunks/chunk-d5ded7f4f11fc7cd24cfcd0ccc2bbb65c2044f087032f7b3830c9d2a308587df.js'));
  }
  if (key === '053dc3194198e7d51e4b0652f1f3fc58c660ea16ec3af42873d25ab6cba7f0be') {
    pending.push(import('./chunks/chunk-35d31e3e7d4cfa549957dda21a0c506caeec0653d84379a7bee0ee15b7cd8783.js'));
  }
  if (key === 'efda402c261a8a20de4dd65e02d5619b4d170207cec29dac6570252adf86167b') {
    pending.push(import('./chunks/chunk-7d5bac694591de230f5f3c864ac847e6700d99e8f887f75341a99f126019e463.js'));
  }
  if (key === '092094cc63e187255dcff8e7f856548f0d3e3a6e3a4d20bb930b38274ae4f40f') {
    pending.push(import('./chunks/chunk-d7ede7ce17069253ed1d1a746fd2ecd488e77f752a7163595865ed02f02496df.js'));
  }
  if (key === 'fcb61d90a253dad1abd6bdf26b254c195e9b77a49efde48770ae97b848a3ef3f') {
    pending.push(import('./chunks/chunk-fca3b7b1c3feb52eb213aca7a8641f86544db886d1b65af85030d39bce3dbeb3.js'));
  }
  if (key === '237f72b355c0a893d2e481c2a93b8d91e01f11f31e55d73719e9c65709703467') {
    pending.push(import('./chunks/chunk-246d230d433615c5ee5b7a09df1c5f1419a9dcf7512d972102e3388087c9ce0a.js'));
  }
  if (key === 'bc43384957a0dca3de84e8859b5a0bb04b636d6e6e193a348804a4b394eb5294') {
    pending.push(import('./chunks/chunk-11e7ba50b1f741b48fd44b2fc81d2bd4b2204c012ca10b24df31c278fe9322c8.js'));
  }
  if (key === '909855f72e9d08fe058ba5ca4c98687dcdf5eab7bee536a14528ec323d98d266') {
    pending.push(import('./chunks/chunk-17414f59f5b5aa8690b308d4d459f43dd115730359d0a213634403d0bc388f5c.js'));
  }
  if (key === '617361be74b613e6664f2bd37331c567573f32ca0ce9993694ff7d551f52cc66') {
    pending.push(import('./chunks/chunk-e660c1e141c42710152331e3b2cea0dfd25c8e3d8f392e2a0737a6841881259d.js'));
  }
  if (key === 'c551afd5f987eeaf5f7b6f4eb872831e09ce7b2ce358dde2c71ae29d363c1172') {
    pending.push(import('./chunks/chunk-d7ede7ce17069253ed1d1a746fd2ecd488e77f752a7163595865ed02f02496df.js'));
  }
  if (key === '633386a314150a48f23c511c641022fc1327d31f3ee428cd68d1014537d6449e') {
    pending.push(import('./chunks/chunk-e9ded8b4b62b18dbde95a3cf46c92586d64a09224e1f7ea480b7ee9e2c279ae5.js'));
  }
  if (key === '01193973cd77cc5e4145bfba74fdacfacf164816b342a94be0b875654c27ae43') {
    pending.push(import('./chunks/chunk-a5044d5026d6dc32532d760e56a48db0b1aa01a46fffa2001adcd7973c5eeb5a.js'));
  }
  if (key === '917efb35a83389ee435e489e6458a09b1749c5337e04697ad742debc1bfb3069') {
    pending.push(import('./chunks/chunk-b521910490bd66f056ed3727d2eb512ab39a3ad4b3b4e481628806eeeda6d2eb.js'));
  }
  if (key === '474612196a59e4df85cc849136035656fba142c4f5fff9b266ac01775fa21f7c') {
    pending.push(import('./chunks/chunk-74197d98a39415f4e5d2bca056f6e9ae58ce255d4a6b239aab717ed20015082c.js'));
  }
  if (key === '5945eb404b4afb987fecd537b6e70740d1e6fabf7fb3a35e2fa35b9312fe7437') {
    pending.push(import('./chunks/chunk-23c692ad2c3fe7cd986339db21add855cd03d4d4ef7fa36c9cbf072c4a1b3d6a.js'));
  }
  if (key === 'b9e1bf30a957a65dadcdd144584f528a634720965ecdcd310684a8343d097860') {
    pending.push(import('./chunks/chunk-861a0843d77d168b3b24c8a56a5644c519aae3ad19bb401be613d9516e650af7.js'));
  }
  if (key === '32ca80dddf634228f57baf2b0a27730b094777e53d767175955c832e4fe67064') {
    pending.push(import('./chunks/chunk-ceb452e8ad8c92f0ef56d6278eb5d9922c68e5dd86e6d7d6f8e97254dc20e908.js'));
  }
  if (key === 'a3e4e4505faf3d3cbb2b59aa47b72e1d0478ff540176a3fda19acdf5082d7769') {
    pending.push(import('./chunks/chunk-3a85ef3471c355e10f514bba799d6a5b64e12277182e99b9b174f34335e33b85.js'));
  }
  if (key === '8a050016bf95a3fdf124b9feded7acdcdc0e8c56e463fb196f9c9df1e492cbbd') {
    pending.push(import('./chunks/chunk-4879f1cf93fb3fe288186a13b9c4de354e6bc6817a02ae38d6cb0f31a49d2704.js'));
  }
  if (key === '3ab9dcb1c3d21a6457b750b678f5e26dcf95047b5689c6f175f3affe92b31425') {
    pending.push(import('./chunks/chunk-9ffb7255e73dc664c974a77363f35ec680b4006233eb8a5070c50cad42789c30.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}