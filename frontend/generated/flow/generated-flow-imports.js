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
import 'lit';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import 'lit/directives/live.js';
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
import '@vaadin/component-base/src/gestures.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'a3e4e4505faf3d3cbb2b59aa47b72e1d0478ff540176a3fda19acdf5082d7769') {
    pending.push(import('./chunks/chunk-4e4c13f4bea9062ffc5ec39233e162b4668fdaace6dac33a4317ad98c329beb4.js'));
  }
  if (key === '32ca80dddf634228f57baf2b0a27730b094777e53d767175955c832e4fe67064') {
    pending.push(import('./chunks/chunk-73c4241ff6d67249f3e39db661124dcf030bf9058000c50adae403d6fb0f6cb4.js'));
  }
  if (key === '3ab9dcb1c3d21a6457b750b678f5e26dcf95047b5689c6f175f3affe92b31425') {
    pending.push(import('./chunks/chunk-cc99af206fa22b5411171a991efff3c6385a9bd8d33ad7c41da47889dcb6e7b8.js'));
  }
  if (key === '053dc3194198e7d51e4b0652f1f3fc58c660ea16ec3af42873d25ab6cba7f0be') {
    pending.push(import('./chunks/chunk-48e0cff34b07ce1d81edee8ead35d1f0f4d16f2314052c37ad3d72cc722fcec2.js'));
  }
  if (key === '5fa6c73600488cc0ec9f249b73ccc0f17ca5a0b3b7e8802d57f44c6ad05693e4') {
    pending.push(import('./chunks/chunk-d65d24c0027114cd0e6be4b2dbc0e0dc0a8b7927cbb79e4b05325c1d376e7ebc.js'));
  }
  if (key === 'c551afd5f987eeaf5f7b6f4eb872831e09ce7b2ce358dde2c71ae29d363c1172') {
    pending.push(import('./chunks/chunk-9fb86e85e4b92108199820653c3fc06bde168a058134207db0ef3536d759e319.js'));
  }
  if (key === '01193973cd77cc5e4145bfba74fdacfacf164816b342a94be0b875654c27ae43') {
    pending.push(import('./chunks/chunk-37c6ae745997c37d12d83050bc5d803e7be7f99ef395e3242ceebd1895c42907.js'));
  }
  if (key === '092094cc63e187255dcff8e7f856548f0d3e3a6e3a4d20bb930b38274ae4f40f') {
    pending.push(import('./chunks/chunk-9fb86e85e4b92108199820653c3fc06bde168a058134207db0ef3536d759e319.js'));
  }
  if (key === '8a050016bf95a3fdf124b9feded7acdcdc0e8c56e463fb196f9c9df1e492cbbd') {
    pending.push(import('./chunks/chunk-e2db9149f0998be4dd728c3805b6c5b28fb0cc16019f19cea70cbdadcd5f2574.js'));
  }
  if (key === 'd9dfc38465677e74359d78a236fef4d42d6555140ea0e9d88c7b20ed9364dfa6') {
    pending.push(import('./chunks/chunk-df2f15bcc8f0fc1363e7553e3097d6767687692364312123fa986ade68122351.js'));
  }
  if (key === '5945eb404b4afb987fecd537b6e70740d1e6fabf7fb3a35e2fa35b9312fe7437') {
    pending.push(import('./chunks/chunk-9d6dd80893ab329480e6dfc4e57bec2dcdcdffe3e4cecb13b2a6c9354bf8c228.js'));
  }
  if (key === 'b9e1bf30a957a65dadcdd144584f528a634720965ecdcd310684a8343d097860') {
    pending.push(import('./chunks/chunk-1a4bca52e0916dca028441bb05788c783ab36d3bcced93ab780cdbbf7ca45a4a.js'));
  }
  if (key === 'bc43384957a0dca3de84e8859b5a0bb04b636d6e6e193a348804a4b394eb5294') {
    pending.push(import('./chunks/chunk-e679d063ee1390a524b73f02d9f2ca719bdece931055b17a5b358a952f958342.js'));
  }
  if (key === '909855f72e9d08fe058ba5ca4c98687dcdf5eab7bee536a14528ec323d98d266') {
    pending.push(import('./chunks/chunk-c969037513e6b90d45c0afd78673a29efb864be7200de4bfe6b126eaa0276c3b.js'));
  }
  if (key === 'fcb61d90a253dad1abd6bdf26b254c195e9b77a49efde48770ae97b848a3ef3f') {
    pending.push(import('./chunks/chunk-8d6dcbe649267452643824831ad9a025d2805d26b2edc6242f73eff6fa79c3b4.js'));
  }
  if (key === '474612196a59e4df85cc849136035656fba142c4f5fff9b266ac01775fa21f7c') {
    pending.push(import('./chunks/chunk-4196c2e9ce4eb7d1fddc01a495298052f2e3b84ad58709e4d05f45d14ff4db7d.js'));
  }
  if (key === '237f72b355c0a893d2e481c2a93b8d91e01f11f31e55d73719e9c65709703467') {
    pending.push(import('./chunks/chunk-3c21132b459b58131414ace75937ad2dc7a10ef8003d7ae3ae8175a3f7e26b5d.js'));
  }
  if (key === '617361be74b613e6664f2bd37331c567573f32ca0ce9993694ff7d551f52cc66') {
    pending.push(import('./chunks/chunk-5fdfbe5376fb42b329c4fc1770af03fbf71ac11c209bfd94245a5052d25924eb.js'));
  }
  if (key === '917efb35a83389ee435e489e6458a09b1749c5337e04697ad742debc1bfb3069') {
    pending.push(import('./chunks/chunk-e7ebd02bc1b43d0db8d8387ec62d09523cd595de8f9fa19b1a15ec5091068938.js'));
  }
  if (key === 'efda402c261a8a20de4dd65e02d5619b4d170207cec29dac6570252adf86167b') {
    pending.push(import('./chunks/chunk-52b82711c643dbfd7ad36d475b7ce21cd61f8562327ec6533912db59d1d54aba.js'));
  }
  if (key === '633386a314150a48f23c511c641022fc1327d31f3ee428cd68d1014537d6449e') {
    pending.push(import('./chunks/chunk-1aba359bab16eed49867e3f9a51035a99dbfb5c47b36a27c0cd265c549377beb.js'));
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