import { expect, test, type Page } from "@playwright/test";
import { ACME, inChinese, OWNER } from "./demo-users";

/*
 * SKUs and the agent composer in Simplified Chinese: create a SKU, compose its lineup (the Add
 * buttons, a keyboard drag with its spoken announcements, a tool), publish, see the version;
 * change settings (number, on/off, choices) for version 2 and read the change in the versions'
 * diff. Agent, tool and setting names come from the catalog and stay as they are.
 */

const lineupNames = (page: Page) => page.getByRole("list", { name: "列表中的智能体" }).getByRole("heading", { level: 3 });
/** dnd-kit's live region and its keyboard instructions: what a screen reader hears. */
const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const dragInstructions = (page: Page) => page.locator('[id^="DndDescribedBy"]').first();

test("in Chinese, an owner creates a SKU, composes its lineup and publishes version 1", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await inChinese(browser, OWNER);
  const stamp = Date.now().toString(36).toUpperCase();
  const sku = { name: `中文熊 ${stamp}`, code: `ZH-BEAR-${stamp}` };

  await test.step("create a SKU from the list", async () => {
    await page.goto(`/o/${ACME.slug}/skus`);
    await expect(page.getByRole("heading", { level: 1, name: "SKU" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "硬件能力" })).toBeVisible();
    await page.getByRole("link", { name: "新建 SKU" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "新建 SKU" })).toBeVisible();
    await page.getByLabel("名称", { exact: true }).fill(sku.name);
    await page.getByLabel("类型", { exact: true }).selectOption("toy");
    await expect(page.getByLabel("类型", { exact: true }).locator("option:checked")).toHaveText("玩具");
    await page.getByLabel("麦克风", { exact: true }).check();
    await page.getByLabel("扬声器", { exact: true }).check();
    // The server's input check, worded in the console's language next to its field.
    await page.getByLabel("代码", { exact: true }).fill("熊 1");
    await page.getByRole("button", { name: "创建 SKU" }).click();
    await expect(page.getByText("请检查标出的字段。")).toBeVisible();
    await expect(page.getByLabel("代码", { exact: true })).toHaveAccessibleDescription(/SKU 代码只能包含字母、数字、点、连字符和下划线。/);
    await page.getByLabel("代码", { exact: true }).fill(sku.code);
    await page.getByRole("button", { name: "创建 SKU" }).click();
    await expect(page.getByRole("heading", { level: 1, name: sku.name })).toBeVisible();
    await expect(page.getByRole("heading", { name: "智能体与配置" })).toBeVisible();
    await expect(page.getByText("尚未发布")).toBeVisible();
    await page.getByRole("link", { name: "配置智能体" }).click();
  });

  await test.step("add two agents, reorder them by keyboard, give one a tool", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "智能体配置" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "目录" })).toBeVisible();
    await expect(page.getByText("还没有智能体")).toBeVisible();
    // The server's lineup check sends a code; the console words it.
    await expect(page.getByRole("region", { name: "发布前请修复 1 个问题" })).toContainText("发布前请至少添加一个智能体。");
    await expect(page.getByLabel("实时服务区域", { exact: true }).locator("option:checked")).toHaveText("美国东部");
    await page.getByRole("button", { name: "将 Kids' companion 添加到智能体列表" }).click();
    await page.getByRole("button", { name: "将 Story teller 添加到智能体列表" }).click();
    await expect(lineupNames(page)).toHaveText(["Kids' companion", "Story teller"]);
    await expect(page.getByRole("status").filter({ hasText: "Story teller 已添加到列表第 2 位。" })).toBeAttached();

    await expect(dragInstructions(page)).toHaveText(/^按空格键或回车键拿起此项。/);
    await page.getByRole("button", { name: "调整 Story teller 的顺序" }).focus();
    await page.keyboard.press("Space");
    await expect(dragAnnouncement(page)).toHaveText(/^(已拿起 Story teller，位于第 2 位，共 2 位|Story teller 位于第 2 位，共 2 位)。$/);
    await page.keyboard.press("ArrowUp");
    await expect(dragAnnouncement(page)).toHaveText("Story teller 位于第 1 位上方，共 2 位。");
    await page.keyboard.press("Space");
    await expect(dragAnnouncement(page)).toHaveText("Story teller 已移到第 1 位，共 2 位。");
    await expect(lineupNames(page)).toHaveText(["Story teller", "Kids' companion"]);

    const kids = page.getByRole("article", { name: "Kids' companion" });
    await kids.getByRole("button", { name: "为 Kids' companion 添加工具" }).click();
    await page.getByRole("menuitem", { name: "Timer" }).click();
    await expect(kids.getByRole("list", { name: "Kids' companion 的工具" })).toHaveText("Timer");
    await expect(page.getByRole("status").filter({ hasText: /^已于 \d\d:\d\d 保存$/ })).toBeVisible();
  });

  await test.step("publish version 1 to every device", async () => {
    await expect(page.getByText("尚未发布")).toBeVisible();
    await page.getByRole("button", { name: "发布", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "发布配置" });
    await expect(dialog.getByRole("radio", { name: /立即发布到所有设备/ })).toBeChecked();
    await expect(dialog.getByRole("radio", { name: /分阶段发布/ })).toBeDisabled();
    await dialog.getByLabel("变更说明").fill("首个中文版本");
    await dialog.getByRole("button", { name: "发布版本" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "版本 1 已发布。" })).toBeVisible();
    await expect(page.getByText("已发布为版本 1")).toBeVisible();
    await expect(page.getByText("草稿与之一致")).toBeVisible();
  });

  await test.step("the version history lists it as current", async () => {
    await page.getByRole("navigation", { name: "配置" }).getByRole("link", { name: "版本" }).click();
    const table = page.getByRole("table", { name: "已发布的版本" });
    const row = table.getByRole("row").filter({ hasText: "首个中文版本" });
    await expect(row).toContainText("v1");
    await expect(row).toContainText("当前");
    await expect(row).toContainText("2 个智能体");
    await expect(page.getByText("共 1 个版本")).toBeVisible();
  });

  await test.step("version 2 as a staged rollout: paused, resumed and aborted with a reason", async () => {
    await page.getByRole("navigation", { name: "配置" }).getByRole("link", { name: "编排" }).click();
    await page.getByRole("button", { name: "将 Homework helper 添加到智能体列表" }).click();
    // Settings: the controls' words are the console's, titles and descriptions the catalog's.
    const kids = page.getByRole("article", { name: "Kids' companion" });
    await kids.getByRole("button", { name: /^设置/ }).click();
    await expect(kids.getByText("1 至 10。 默认值：3。")).toBeVisible();
    await kids.getByLabel("Timers at once", { exact: true }).fill("5");
    await kids.getByLabel("Bedtime mode", { exact: true }).uncheck();
    const story = page.getByRole("article", { name: "Story teller" });
    await story.getByRole("button", { name: /^设置/ }).click();
    await expect(story.getByText("默认值：Adventure、Animals。")).toBeVisible();
    await story.getByLabel("Space", { exact: true }).check();
    await expect(page.getByRole("status").filter({ hasText: /^已于 \d\d:\d\d 保存$/ })).toBeVisible();
    await page.getByRole("button", { name: "发布", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "发布配置" });
    await dialog.getByRole("radio", { name: /分阶段发布/ }).check();
    await dialog.getByLabel("变慢时自动回滚").uncheck();
    await dialog.getByRole("button", { name: "开始分阶段发布" }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole("link", { name: "查看发布进度" }).click();

    const panel = page.getByRole("region", { name: /版本 1 → 版本 2/ });
    await expect(panel.getByText("5% 的设备获得版本 2")).toBeVisible();
    await expect(panel.getByText("没有门限会自动回滚此版本：请留意下方图表。")).toBeVisible();
    await panel.getByRole("button", { name: "暂停" }).click();
    await expect(panel.getByText("已暂停", { exact: true })).toBeVisible();
    await panel.getByRole("button", { name: "继续" }).click();
    await expect(panel.getByText("发布中", { exact: true })).toBeVisible();
    await panel.getByRole("button", { name: "中止" }).click();
    const abort = page.getByRole("dialog", { name: "中止版本 2 的发布？" });
    await abort.getByLabel("原因").fill("声音不适合这只熊");
    await abort.getByRole("button", { name: "中止发布" }).click();
    const history = page.getByRole("region", { name: "历史" });
    await expect(history.getByText("已中止", { exact: true })).toBeVisible();
    await expect(history.getByText("声音不适合这只熊")).toBeVisible();
    await expect(history.getByText("进度 5%")).toBeVisible();
    await expect(history.getByRole("columnheader", { name: "结果" })).toBeVisible();
  });

  await test.step("the versions' diff words the changed settings in Chinese", async () => {
    await page.getByRole("navigation", { name: "配置" }).getByRole("link", { name: "版本" }).click();
    const table = page.getByRole("table", { name: "已发布的版本" });
    await table.getByLabel("对比版本 1").check();
    await table.getByLabel("对比版本 2").check();
    const changes = page.getByRole("list", { name: "从版本 1 到版本 2 的变化" });
    await expect(changes).toContainText("Kids' companion › Bedtime mode：开启 → 关闭");
    await expect(changes).toContainText("Kids' companion › Timer › Timers at once：3 → 5");
    await expect(changes).toContainText("Story teller › Themes：Adventure、Animals → Adventure、Animals、Space");
  });
  await context.close();
});
