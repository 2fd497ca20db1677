"""approval-window: the service-window desk client of a township convenience service centre."""

__version__ = "0.1.0"
PRODUCT_NAME = "approval-window"
PRODUCT_TITLE_ZH = "便民服务窗口受理系统"
