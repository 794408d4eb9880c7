// Text main shows itself (application menu, native dialogs, fatal errors), in the app's two
// languages. The renderer's own text lives in shared i18n resources; main cannot wait for the page
// to load before it builds a menu, so it keeps this small table.
import type { Language } from '../../shared/contract';

export interface MainLabels {
  file: string;
  newWorkspace: string;
  openWorkspace: string;
  lockWorkspace: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  close: string;
  bringAllToFront: string;
  help: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  services: string;
  aboutDetail: string;
  chooseWorkspaceTitle: string;
  chooseDirectoryTitle: string;
  workspaceFilterName: string;
  notAWorkspace: string;
  notAWorkspaceDetail: string;
  openFailed: string;
  ok: string;
  backendFailedTitle: string;
  backendFailedDetail: string;
}

export const MAIN_LABELS: Readonly<Record<Language, MainLabels>> = {
  en: {
    file: 'File',
    newWorkspace: 'New Workspace…',
    openWorkspace: 'Open Workspace…',
    lockWorkspace: 'Lock Workspace',
    quit: 'Quit Custos',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    bringAllToFront: 'Bring All to Front',
    help: 'Help',
    about: 'About Custos',
    hide: 'Hide Custos',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    services: 'Services',
    aboutDetail: 'Offline privacy-governance workbench. Version {version}.',
    chooseWorkspaceTitle: 'Open a Custos workspace',
    chooseDirectoryTitle: 'Choose a folder',
    workspaceFilterName: 'Custos workspace',
    notAWorkspace: 'This is not a Custos workspace.',
    notAWorkspaceDetail: 'Choose a folder whose name ends in “.custos”.',
    openFailed: 'The workspace could not be opened.',
    ok: 'OK',
    backendFailedTitle: 'Custos has to close',
    backendFailedDetail: 'The background process that keeps your workspace stopped several times in a row. Your data is saved; restart Custos to continue.',
  },
  'zh-CN': {
    file: '文件',
    newWorkspace: '新建工作区…',
    openWorkspace: '打开工作区…',
    lockWorkspace: '锁定工作区',
    quit: '退出 Custos',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    toggleDevTools: '切换开发者工具',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    bringAllToFront: '全部置于顶层',
    help: '帮助',
    about: '关于 Custos',
    hide: '隐藏 Custos',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    services: '服务',
    aboutDetail: '离线隐私治理工作台。版本 {version}。',
    chooseWorkspaceTitle: '打开 Custos 工作区',
    chooseDirectoryTitle: '选择文件夹',
    workspaceFilterName: 'Custos 工作区',
    notAWorkspace: '这不是 Custos 工作区。',
    notAWorkspaceDetail: '请选择名称以“.custos”结尾的文件夹。',
    openFailed: '无法打开该工作区。',
    ok: '确定',
    backendFailedTitle: 'Custos 需要关闭',
    backendFailedDetail: '保存工作区的后台进程连续多次停止。您的数据已保存；请重新启动 Custos 以继续。',
  },
};

/** The app's language if known, else the system locale's nearest match. */
export function resolveLanguage(settingsLanguage: unknown, systemLocale: string): Language {
  if (settingsLanguage === 'en' || settingsLanguage === 'zh-CN') return settingsLanguage;
  return /^zh\b/i.test(systemLocale) ? 'zh-CN' : 'en';
}

export function labelsFor(language: Language): MainLabels {
  return MAIN_LABELS[language];
}

export function formatLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
